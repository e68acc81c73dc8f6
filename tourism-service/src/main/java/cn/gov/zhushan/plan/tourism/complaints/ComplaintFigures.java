package cn.gov.zhushan.plan.tourism.complaints;

import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Reads what complaint statistics add up: the complaints of a period (and category) found by the indexed
 * request time, with only the fields the figures need (not the free text or the outbox). The indexes are
 * created at start-up (automatic index creation is off), the list's by status and time too.
 */
@Component
class ComplaintFigures implements SmartInitializingSingleton {

    static final String BY_REQUESTED_AT = "complaints_by_requested_at_category";
    static final String BY_STATUS = "complaints_by_status_requested_at";
    private static final String COLLECTION = "complaints";

    private final MongoTemplate mongo;

    ComplaintFigures(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on("requestedAt", Sort.Direction.ASC)
                .on("category", Sort.Direction.ASC).named(BY_REQUESTED_AT));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("status", Sort.Direction.ASC)
                .on("requestedAt", Sort.Direction.DESC).named(BY_STATUS));
    }

    /** Complaints requested in [from, to), of the category when one is given. */
    List<Complaint> requestedBetween(Instant from, Instant to, Complaint.Category category) {
        Criteria criteria = Criteria.where("requestedAt").gte(from).lt(to);
        if (category != null) {
            criteria = criteria.and("category").is(category);
        }
        Query query = new Query(criteria);
        query.fields().include("status", "refundAmount", "requestedAt", "resolvedAt", "satisfactionScore");
        return mongo.find(query, Complaint.class);
    }
}
