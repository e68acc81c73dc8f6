package cn.gov.zhushan.plan.tourism.daily;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface DailyFootfallRepository extends MongoRepository<DailyFootfall, String> {
}
