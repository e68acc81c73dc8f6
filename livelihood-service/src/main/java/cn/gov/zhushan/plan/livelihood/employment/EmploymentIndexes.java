package cn.gov.zhushan.plan.livelihood.employment;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/** One seeker record per person, one placement per posting and seeker; plus the indexes the lists and statistics use. */
@Component
class EmploymentIndexes implements SmartInitializingSingleton {

    private final MongoTemplate mongo;

    EmploymentIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        mongo.indexOps("job_seekers").createIndex(new Index().on("personId", Sort.Direction.ASC).unique().named("uk_seeker_person"));
        mongo.indexOps("placements").createIndex(new Index().on("postingId", Sort.Direction.ASC).on("seekerId", Sort.Direction.ASC)
                .unique().named("uk_placement"));
        mongo.indexOps("placements").createIndex(new Index().on("startDate", Sort.Direction.ASC));
        mongo.indexOps("job_postings").createIndex(new Index().on("stationId", Sort.Direction.ASC).on("datePosted", Sort.Direction.ASC));
        mongo.indexOps("job_postings").createIndex(new Index().on("datePosted", Sort.Direction.ASC));
        mongo.indexOps("loans").createIndex(new Index().on("status", Sort.Direction.ASC));
        mongo.indexOps("loans").createIndex(new Index().on("grantedOn", Sort.Direction.ASC));
    }
}
