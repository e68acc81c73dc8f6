package cn.gov.zhushan.plan.livelihood.registry;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface HouseholdRepository extends MongoRepository<Household, String> {
}
