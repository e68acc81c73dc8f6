package cn.gov.zhushan.plan.indicator.registry;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface IndicatorRepository extends MongoRepository<Indicator, String> {
}
