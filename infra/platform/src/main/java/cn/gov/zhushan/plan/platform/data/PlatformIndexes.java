package cn.gov.zhushan.plan.platform.data;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;

import cn.gov.zhushan.plan.platform.consumer.ConsumerSettings;
import cn.gov.zhushan.plan.platform.idempotency.IdempotencyProperties;
import cn.gov.zhushan.plan.platform.outbox.OutboxProperties;

/**
 * The platform's own indexes, created explicitly at start-up (automatic index creation is off, so
 * {@code @Indexed} on a document class is never applied): TTLs that keep {@code idempotency_keys} and
 * {@code processed_events} from growing forever, and a sparse index on each outbox collection's pending
 * events, which the relay's query uses instead of scanning every aggregate.
 */
public class PlatformIndexes implements SmartInitializingSingleton {

    public static final String IDEMPOTENCY_TTL = "idempotency_ttl";
    public static final String PROCESSED_EVENTS_TTL = "processed_events_ttl";
    public static final String OUTBOX_PENDING = "outbox_pending";
    /** The field the relay queries; every pending event has an id. */
    public static final String PENDING_EVENT_ID = "pendingEvents.eventId";

    private static final Logger log = LoggerFactory.getLogger(PlatformIndexes.class);

    private final MongoTemplate mongo;
    private final IdempotencyProperties idempotency;
    private final ConsumerSettings consumer;
    private final OutboxProperties outbox;

    public PlatformIndexes(MongoTemplate mongo, IdempotencyProperties idempotency, ConsumerSettings consumer,
                           OutboxProperties outbox) {
        this.mongo = mongo;
        this.idempotency = idempotency;
        this.consumer = consumer;
        this.outbox = outbox;
    }

    @Override
    public void afterSingletonsInstantiated() {
        try {
            ensure();
        } catch (DataAccessException storeUnavailable) {
            // the service still starts (readiness reports the store); the next start creates them
            log.warn("Platform indexes not created: {}", storeUnavailable.getMessage());
        }
    }

    public void ensure() {
        create("idempotency_keys", new Index().on("createdAt", Sort.Direction.ASC).named(IDEMPOTENCY_TTL)
                .expire(idempotency.retention()));
        create("processed_events", new Index().on("processedAt", Sort.Direction.ASC).named(PROCESSED_EVENTS_TTL)
                .expire(consumer.processedEventsRetention()));
        for (String collection : outbox.collections()) {
            create(collection, new Index().on(PENDING_EVENT_ID, Sort.Direction.ASC).named(OUTBOX_PENDING).sparse());
        }
    }

    private void create(String collection, Index index) {
        IndexOperations indexes = mongo.indexOps(collection);
        String name = (String) index.getIndexOptions().get("name");
        Object expireAfter = index.getIndexOptions().get("expireAfterSeconds");
        // same name with another TTL (a new retention): MongoDB refuses to change an index in place
        boolean changed = indexes.getIndexInfo().stream().anyMatch(existing -> existing.getName().equals(name)
                && !java.util.Objects.equals(existing.getExpireAfter().map(Duration::toSeconds).orElse(null),
                        expireAfter == null ? null : ((Number) expireAfter).longValue()));
        if (changed) {
            log.info("Recreating index {} on {} with expireAfterSeconds={}", name, collection, expireAfter);
            indexes.dropIndex(name);
        }
        indexes.createIndex(index);
    }
}
