package cn.gov.zhushan.plan.project.promotion;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface PromotionTripRepository extends MongoRepository<PromotionTrip, String> {
}
