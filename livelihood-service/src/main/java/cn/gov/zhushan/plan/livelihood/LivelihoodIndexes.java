package cn.gov.zhushan.plan.livelihood;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * The unique indexes the rules rely on, created before the first request: one person per ID number (blind
 * index), one enrollment per program family and beneficiary, one payment per program, beneficiary and period.
 */
@Component
class LivelihoodIndexes implements SmartInitializingSingleton {

    private final MongoTemplate mongo;

    LivelihoodIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        mongo.indexOps("persons").createIndex(new Index().on("idNumberIndex", Sort.Direction.ASC).unique().named("uk_person_id_number"));
        mongo.indexOps("persons").createIndex(new Index().on("community", Sort.Direction.ASC));
        mongo.indexOps("enrollments").createIndex(new Index().on("dedupeKey", Sort.Direction.ASC).unique().named("uk_enrollment"));
        mongo.indexOps("enrollments").createIndex(new Index().on("programCode", Sort.Direction.ASC).on("state", Sort.Direction.ASC));
        mongo.indexOps("payments").createIndex(new Index().on("programCode", Sort.Direction.ASC)
                .on("beneficiaryKey", Sort.Direction.ASC).on("period", Sort.Direction.ASC).unique().named("uk_payment"));
        mongo.indexOps("payments").createIndex(new Index().on("cycleId", Sort.Direction.ASC).on("status", Sort.Direction.ASC));
        mongo.indexOps("grievances").createIndex(new Index().on("personId", Sort.Direction.ASC));
        mongo.indexOps("grievances").createIndex(new Index().on("programCode", Sort.Direction.ASC).on("status", Sort.Direction.ASC));
        mongo.indexOps("pii_read_audit").createIndex(new Index().on("recordId", Sort.Direction.ASC));
        mongo.indexOps("pii_read_audit").createIndex(new Index().on("clientId", Sort.Direction.ASC).on("at", Sort.Direction.DESC));
        mongo.indexOps("pii_read_audit").createIndex(new Index().on("operator", Sort.Direction.ASC).on("at", Sort.Direction.DESC));
    }
}
