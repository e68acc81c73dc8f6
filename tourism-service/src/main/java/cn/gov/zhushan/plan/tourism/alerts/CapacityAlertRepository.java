package cn.gov.zhushan.plan.tourism.alerts;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface CapacityAlertRepository extends MongoRepository<CapacityAlert, String> {
}
