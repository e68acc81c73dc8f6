package cn.gov.zhushan.plan.project.funding;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

import cn.gov.zhushan.plan.project.registry.Project;

/**
 * The indexes a year's funding totals are read by, created at start-up (automatic index creation is off): the
 * dates of the funding entries and of their disbursements.
 */
@Component
class FundingIndexes implements SmartInitializingSingleton {

    static final String ENTRY_DATE = "funding.date";
    static final String DISBURSEMENT_DATE = "funding.disbursements.date";
    static final String BY_ENTRY_DATE = "projects_by_funding_date";
    static final String BY_DISBURSEMENT_DATE = "projects_by_disbursement_date";

    private final MongoTemplate mongo;

    FundingIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        mongo.indexOps(Project.COLLECTION).createIndex(new Index().on(ENTRY_DATE, Sort.Direction.ASC).named(BY_ENTRY_DATE));
        mongo.indexOps(Project.COLLECTION).createIndex(new Index().on(DISBURSEMENT_DATE, Sort.Direction.ASC)
                .named(BY_DISBURSEMENT_DATE));
    }
}
