package cn.gov.zhushan.plan.indicator.monitoring;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface MonitoringRepository extends MongoRepository<MonitoringResult, String> {
}
