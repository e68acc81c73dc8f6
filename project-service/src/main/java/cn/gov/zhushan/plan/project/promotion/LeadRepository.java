package cn.gov.zhushan.plan.project.promotion;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface LeadRepository extends MongoRepository<Lead, String> {
}
