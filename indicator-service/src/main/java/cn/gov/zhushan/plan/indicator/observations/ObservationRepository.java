package cn.gov.zhushan.plan.indicator.observations;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface ObservationRepository extends MongoRepository<Observation, String> {

    List<Observation> findByIndicatorCodeAndRegionCodeAndYearIn(String indicatorCode, String regionCode,
                                                                Collection<Integer> years);

    List<Observation> findByIndicatorCodeAndPeriodAndRegionCodeIn(String indicatorCode, String period,
                                                                  Collection<String> regionCodes);

    Page<Observation> findByIndicatorCode(String indicatorCode, Pageable pageable);

    boolean existsByIndicatorCode(String indicatorCode);

    Page<Observation> findByIndicatorCodeAndRegionCode(String indicatorCode, String regionCode, Pageable pageable);
}
