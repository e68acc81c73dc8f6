package cn.gov.zhushan.plan.platform.consumer;

import com.mongodb.client.result.UpdateResult;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * A read-model write that only lands when the incoming event is newer than what the document holds:
 * one single-document upsert guarded by a {@code sequence} field. Applying the same or an older event
 * again changes nothing, so it is safe under redelivery, replay and reordering.
 */
public final class AppliedSequence {

    public static final String FIELD = "sequence";

    private AppliedSequence() {
    }

    /** Returns true if the update was applied, false if the document already holds this or a newer one. */
    public static boolean applyIfNewer(MongoTemplate mongo, String collection, String id, long sequence, Update update) {
        Query newerOnly = Query.query(Criteria.where("_id").is(id)
                .orOperator(Criteria.where(FIELD).lt(sequence), Criteria.where(FIELD).exists(false)));
        try {
            UpdateResult result = mongo.upsert(newerOnly, update.set(FIELD, sequence), collection);
            return result.getMatchedCount() > 0 || result.getUpsertedId() != null;
        } catch (DuplicateKeyException stale) {
            // the document exists with a sequence >= this one: the upsert tried to insert a second _id
            return false;
        }
    }
}
