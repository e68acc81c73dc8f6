package cn.gov.zhushan.plan.livelihood.operations;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import cn.gov.zhushan.plan.platform.data.MongoLookups;

/**
 * The {@code operations} collection: queuing a command once per key, claiming it with a lease, recording
 * progress under that lease, and finishing it. Every change is one conditional single-document write.
 */
@Service
public class Operations {

    public static final String PATH = "/api/v1/livelihood/operations/";

    private final MongoTemplate mongo;
    private final Clock clock;
    private final OperationProperties properties;
    private final ApplicationEventPublisher publisher;

    public Operations(MongoTemplate mongo, Clock clock, OperationProperties properties, ApplicationEventPublisher publisher) {
        this.mongo = mongo;
        this.clock = clock;
        this.properties = properties;
        this.publisher = publisher;
    }

    /** Published after an operation was queued, so that a worker of this instance starts it without waiting for its poll. */
    record Queued(String operationId) {
    }

    /**
     * Queues the command, or returns the operation already standing for it: the one with the caller's
     * Idempotency-Key, else the one of the same kind and cycle still queued or running.
     *
     * @param idempotencyKey the header, or null
     */
    public Operation submit(String kind, String cycleId, String requestedBy, String idempotencyKey) {
        String requestKey = idempotencyKey == null ? null : requestedBy + " " + kind + " " + cycleId + " " + idempotencyKey;
        String activeKey = kind + " " + cycleId;
        for (int attempt = 0; attempt < 3; attempt++) {
            Operation existing = requestKey != null ? findBy("requestKey", requestKey) : null;
            if (existing == null) {
                existing = findBy("activeKey", activeKey);
            }
            if (existing != null) {
                return existing;
            }
            try {
                Operation queued = mongo.insert(new Operation(UUID.randomUUID().toString(), kind, cycleId,
                        Operation.State.QUEUED, requestedBy, activeKey, requestKey, Instant.now(clock), null, null, null,
                        null, null, 0, 0, 0, 0, null, null));
                publisher.publishEvent(new Queued(queued.id()));
                return queued;
            } catch (DuplicateKeyException raced) {
                // a concurrent request queued it (or it finished in between): look again
            }
        }
        throw new IllegalStateException("Could not queue " + activeKey + ".");
    }

    /** The operation of this kind and cycle that is queued or running, or null. */
    public Operation active(String kind, String cycleId) {
        return findBy("activeKey", kind + " " + cycleId);
    }

    private Operation findBy(String field, String key) {
        return mongo.findOne(Query.query(Criteria.where(field).is(key)), Operation.class);
    }

    public Operation get(String id) {
        return MongoLookups.require(mongo, id, Operation.class, "operation");
    }

    /**
     * Claims the oldest operation that is queued and due, or running under an expired lease (its worker
     * died), for {@code owner}: one findAndModify, so exactly one worker of all replicas gets it.
     */
    Operation claim(String owner) {
        Instant now = Instant.now(clock);
        Criteria due = new Criteria().orOperator(
                Criteria.where("state").is(Operation.State.QUEUED).orOperator(
                        Criteria.where("notBefore").is(null), Criteria.where("notBefore").lte(now)),
                Criteria.where("state").is(Operation.State.RUNNING).and("leaseUntil").lt(now));
        Operation claimed = mongo.findAndModify(Query.query(due).with(Sort.by("createdAt")),
                new Update().set("state", Operation.State.RUNNING).set("leaseOwner", owner)
                        .set("leaseUntil", now.plus(properties.lease())).unset("notBefore").inc("attempts", 1),
                FindAndModifyOptions.options().returnNew(true), Operation.class);
        if (claimed != null && claimed.startedAt() == null) {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(claimed.id()).and("startedAt").is(null)),
                    new Update().set("startedAt", now), Operation.class);
        }
        return claimed;
    }

    /** Records progress and renews the lease, only while {@code owner} still holds it. */
    boolean report(String id, String owner, long done, long toDo, long failures) {
        return mongo.updateFirst(held(id, owner), new Update().set("done", done).set("toDo", toDo).set("failures", failures)
                .set("leaseUntil", Instant.now(clock).plus(properties.lease())), Operation.class).getModifiedCount() > 0;
    }

    void succeed(String id, String owner, Map<String, Object> result) {
        finish(id, owner, new Update().set("state", Operation.State.SUCCEEDED).set("result", result));
    }

    void fail(String id, String owner, String error) {
        finish(id, owner, new Update().set("state", Operation.State.FAILED).set("error", error));
    }

    /** Back to the queue (not claimable before {@code notBefore}); the next claim resumes it. */
    void requeue(String id, String owner, Instant notBefore) {
        mongo.updateFirst(held(id, owner), new Update().set("state", Operation.State.QUEUED).set("notBefore", notBefore)
                .unset("leaseOwner").unset("leaseUntil"), Operation.class);
    }

    /** Finished operations give up the natural key, so the same command may be asked for again later. */
    private void finish(String id, String owner, Update update) {
        mongo.updateFirst(held(id, owner), update.set("finishedAt", Instant.now(clock)).unset("activeKey")
                .unset("leaseOwner").unset("leaseUntil"), Operation.class);
    }

    private static Query held(String id, String owner) {
        return Query.query(Criteria.where("_id").is(id).and("state").is(Operation.State.RUNNING).and("leaseOwner").is(owner));
    }
}
