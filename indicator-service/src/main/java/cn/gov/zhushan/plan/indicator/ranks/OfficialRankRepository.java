package cn.gov.zhushan.plan.indicator.ranks;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface OfficialRankRepository extends MongoRepository<OfficialRank, String> {

    List<OfficialRank> findByIndicatorCodeAndRegionCodeAndPeriod(String indicatorCode, String regionCode, String period);

    List<OfficialRank> findByPeriodOrderByIdAsc(String period);
}
