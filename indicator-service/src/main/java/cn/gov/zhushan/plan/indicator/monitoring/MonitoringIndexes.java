package cn.gov.zhushan.plan.indicator.monitoring;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

import cn.gov.zhushan.plan.indicator.observations.Observation;
import cn.gov.zhushan.plan.indicator.targets.Target;

/**
 * The indexes monitoring's reads use, created at start-up (automatic index creation is off): results by year,
 * region and status for the list, targets and observations by indicator, region and year for each evaluation.
 * Without them every read of a year scans every year.
 */
@Component
class MonitoringIndexes implements SmartInitializingSingleton {

    static final String RESULTS_BY_YEAR = "monitoring_by_year_region_status";
    static final String TARGETS_BY_SERIES = "targets_by_indicator_region_year";
    static final String TARGETS_BY_YEAR = "targets_by_year";
    static final String OBSERVATIONS_BY_SERIES = "observations_by_indicator_region_year";

    private final MongoTemplate mongo;

    MonitoringIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        mongo.indexOps(MonitoringResult.COLLECTION).createIndex(new Index().on("year", Sort.Direction.ASC)
                .on("regionCode", Sort.Direction.ASC).on("status", Sort.Direction.ASC).named(RESULTS_BY_YEAR));
        mongo.indexOps(Target.COLLECTION).createIndex(new Index().on("indicatorCode", Sort.Direction.ASC)
                .on("regionCode", Sort.Direction.ASC).on("year", Sort.Direction.ASC).named(TARGETS_BY_SERIES));
        mongo.indexOps(Target.COLLECTION).createIndex(new Index().on("year", Sort.Direction.ASC).named(TARGETS_BY_YEAR));
        mongo.indexOps(Observation.COLLECTION).createIndex(new Index().on("indicatorCode", Sort.Direction.ASC)
                .on("regionCode", Sort.Direction.ASC).on("year", Sort.Direction.ASC).named(OBSERVATIONS_BY_SERIES));
    }
}
