package cn.gov.zhushan.plan.indicator.targets;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface TargetRepository extends MongoRepository<Target, String> {

    List<Target> findByIndicatorCodeAndRegionCodeAndYear(String indicatorCode, String regionCode, int year);

    List<Target> findByYearOrderByIdAsc(int year);
}
