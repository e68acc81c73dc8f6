package cn.gov.zhushan.plan.tourism.festivals;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface FestivalRepository extends MongoRepository<Festival, String> {
}
