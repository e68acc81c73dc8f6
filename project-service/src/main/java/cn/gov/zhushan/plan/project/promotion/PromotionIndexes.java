package cn.gov.zhushan.plan.project.promotion;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * The indexes a year's promotion statistics are read by, created at start-up (automatic index creation is off):
 * trips by date, leads by the day signed and approved, and by stage for the counts.
 */
@Component
class PromotionIndexes implements SmartInitializingSingleton {

    static final String TRIPS = "promotion_trips";
    static final String LEADS = "promotion_leads";

    private final MongoTemplate mongo;

    PromotionIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        mongo.indexOps(TRIPS).createIndex(new Index().on("date", Sort.Direction.ASC).named("trips_by_date"));
        mongo.indexOps(LEADS).createIndex(new Index().on("signedOn", Sort.Direction.ASC).named("leads_by_signed_on"));
        mongo.indexOps(LEADS).createIndex(new Index().on("approvedOn", Sort.Direction.ASC).named("leads_by_approved_on"));
        mongo.indexOps(LEADS).createIndex(new Index().on("status", Sort.Direction.ASC).named("leads_by_status"));
    }
}
