package cn.gov.zhushan.plan.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.ArrayOperators;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

import cn.gov.zhushan.plan.platform.data.PlatformIndexes;
import cn.gov.zhushan.plan.platform.events.CloudEventMapper;
import cn.gov.zhushan.plan.platform.events.EventTracing;
import cn.gov.zhushan.plan.platform.events.PendingEvent;

/**
 * Publishes the events waiting in the documents' embedded outboxes and removes each one only after the
 * broker acknowledged it ({@code acks=all}, idempotent producer). While the broker is down nothing is
 * removed, so an outage delays events and never loses them. A crash between the acknowledgement and
 * the removal publishes an event twice with the same id; consumers dedupe on it. An event no retry can
 * publish (larger than the producer's or broker's limit, say) is moved to the document's
 * {@code parkedEvents} ({@link ParkedEvent}, metric {@code platform.outbox.parked}) so it neither blocks its
 * aggregate's later events nor the rest of the pass.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final String PENDING = "pendingEvents";
    private static final String PARKED = "parkedEvents";
    /** Failures that no retry can cure: the event is parked instead of blocking its aggregate forever. */
    private static final List<Class<? extends Throwable>> UNPUBLISHABLE = List.of(RecordTooLargeException.class,
            RecordBatchTooLargeException.class, InvalidTopicException.class, SerializationException.class,
            UnmappableEvent.class);

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, CloudEvent> kafka;
    private final OutboxProperties properties;
    private final Clock clock;
    private final AtomicLong oldestPendingMillis = new AtomicLong();
    private final Timer relayLag;
    private final MeterRegistry meters;
    private final Counter failures;
    private final EventTracing tracing;
    private ScheduledExecutorService scheduler;
    private volatile boolean running;

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, CloudEvent> kafka, OutboxProperties properties,
                       Clock clock, MeterRegistry meters) {
        this(mongo, kafka, properties, clock, meters, new EventTracing(null));
    }

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, CloudEvent> kafka, OutboxProperties properties,
                       Clock clock, MeterRegistry meters, EventTracing tracing) {
        this.tracing = tracing;
        this.mongo = mongo;
        this.kafka = kafka;
        this.properties = properties;
        this.clock = clock;
        // counted in the store when scraped, so the backlog shows even while a relay pass waits on a lost broker
        Gauge.builder("platform.outbox.pending", this, OutboxRelay::pendingOrNaN)
                .description("Events waiting in the embedded outboxes").register(meters);
        Gauge.builder("platform.outbox.oldest.age", oldestPendingMillis, v -> v.get() / 1000.0)
                .baseUnit("seconds").description("Age of the oldest waiting event").register(meters);
        this.relayLag = Timer.builder("platform.outbox.relay.lag")
                .description("From the state change to the broker's acknowledgement").register(meters);
        this.meters = meters;
        this.failures = Counter.builder("platform.outbox.failures").register(meters);
    }

    /** One pass over every outbox collection; returns the number of events published. */
    public int relayOnce() {
        int sent = 0;
        long pending = 0;
        Instant oldest = null;
        Map<String, List<OutboxDocument>> batches = new HashMap<>();
        for (String collection : properties.collections()) {
            Query query = Query.query(Criteria.where(PlatformIndexes.PENDING_EVENT_ID).exists(true))
                    .limit(properties.batchSize());
            query.fields().include(PENDING);
            List<OutboxDocument> documents = mongo.find(query, OutboxDocument.class, collection);
            batches.put(collection, documents);
            for (OutboxDocument document : documents) {
                for (PendingEvent event : document.pendingEvents()) {
                    pending++;
                    oldest = oldest == null || event.occurredAt().isBefore(oldest) ? event.occurredAt() : oldest;
                }
            }
        }
        oldestPendingMillis.set(oldest == null ? 0 : Duration.between(oldest, clock.instant()).toMillis());
        for (String collection : properties.collections()) {
            sent += publish(collection, batches.get(collection));
        }
        oldestPendingMillis.set(oldest == null || pending == sent ? 0 : Duration.between(oldest, clock.instant()).toMillis());
        return sent;
    }

    private double pendingOrNaN() {
        try {
            return countPending();
        } catch (RuntimeException storeUnavailable) {
            return Double.NaN;
        }
    }

    /** Every waiting event of every outbox collection: one aggregation per collection. */
    public long countPending() {
        long total = 0;
        for (String collection : properties.collections()) {
            Aggregation count = Aggregation.newAggregation(
                    Aggregation.match(Criteria.where(PlatformIndexes.PENDING_EVENT_ID).exists(true)),
                    Aggregation.group().sum(ArrayOperators.Size.lengthOfArray(PENDING)).as("events"));
            Document result = mongo.aggregate(count, collection, Document.class).getUniqueMappedResult();
            total += result == null ? 0 : ((Number) result.get("events")).longValue();
        }
        return total;
    }

    private int publish(String collection, List<OutboxDocument> documents) {
        // Send everything first, then wait: one round trip per batch, not per event. The idempotent
        // producer keeps each key's order even when it retries.
        List<List<CompletableFuture<SendResult<String, CloudEvent>>>> sends = new ArrayList<>();
        boolean brokerAway = false;
        for (OutboxDocument document : documents) {
            List<CompletableFuture<SendResult<String, CloudEvent>>> perDocument = new ArrayList<>();
            for (PendingEvent event : document.pendingEvents()) {
                // once a send fails at once (no metadata: the broker is away) the rest of the pass would too
                CompletableFuture<SendResult<String, CloudEvent>> sent = brokerAway
                        ? CompletableFuture.failedFuture(new IllegalStateException("broker unavailable"))
                        : send(event);
                // an event that can never be sent says nothing about the broker
                brokerAway = brokerAway || sent.isCompletedExceptionally() && unpublishable(sent) == null;
                perDocument.add(sent);
            }
            sends.add(perDocument);
        }
        int sent = 0;
        for (int i = 0; i < documents.size(); i++) {
            List<ParkedEvent> parked = new ArrayList<>();
            List<String> acknowledged = acknowledgedPrefix(documents.get(i).pendingEvents(), sends.get(i), parked);
            if (!acknowledged.isEmpty() || !parked.isEmpty()) {
                List<String> done = new ArrayList<>(acknowledged);
                parked.forEach(p -> done.add(p.event().eventId()));
                Query byId = Query.query(Criteria.where("_id").is(documents.get(i).id()));
                // bumping the version makes a service's read-modify-save that raced this pass fail its
                // optimistic lock and retry, instead of writing the published events back
                Update pull = new Update().pull(PENDING, new Document("eventId", new Document("$in", done)))
                        .inc(properties.versionField(), 1);
                if (!parked.isEmpty()) {
                    pull.push(PARKED).each(parked.toArray());
                }
                mongo.updateFirst(byId, pull, collection);
                sent += acknowledged.size();
            }
        }
        return sent;
    }

    private CompletableFuture<SendResult<String, CloudEvent>> send(PendingEvent event) {
        CloudEvent cloudEvent;
        try {
            cloudEvent = CloudEventMapper.toCloudEvent(event);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(new UnmappableEvent(e));
        }
        try {
            // in the trace of the request that made the change: the producer's traceparent header continues it
            return tracing.inTrace(event.traceparent(), "outbox publish",
                    () -> kafka.send(new ProducerRecord<>(event.topic(), event.key(), cloudEvent)));
        } catch (RuntimeException e) {
            // e.g. no metadata within max.block.ms while the broker is down
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * The ids of the events the broker acknowledged, up to the first one it did not (order matters); an
     * event that can never be published is added to {@code parked} and passed over.
     */
    private List<String> acknowledgedPrefix(List<PendingEvent> events,
                                            List<CompletableFuture<SendResult<String, CloudEvent>>> futures,
                                            List<ParkedEvent> parked) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            try {
                futures.get(i).get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                Throwable cause = unpublishable(futures.get(i));
                if (cause != null) {
                    PendingEvent event = events.get(i);
                    log.error("Event {} ({}) can never be published, parked in {}: {}", event.eventId(), event.type(),
                            PARKED, cause.toString());
                    meters.counter("platform.outbox.parked", "type", event.type()).increment();
                    parked.add(new ParkedEvent(event, cause.getClass().getSimpleName() + ": " + cause.getMessage(),
                            clock.instant()));
                    continue;
                }
                failures.increment();
                log.warn("Event {} ({}) not acknowledged yet, will retry: {}", events.get(i).eventId(),
                        events.get(i).type(), e.getMessage());
                break;
            }
            ids.add(events.get(i).eventId());
            meters.counter("platform.outbox.published", "type", events.get(i).type()).increment();
            relayLag.record(Duration.between(events.get(i).occurredAt(), clock.instant()));
        }
        return ids;
    }

    /** The cause that makes a failed send hopeless, or null when a later pass may succeed. */
    private static Throwable unpublishable(CompletableFuture<?> future) {
        if (!future.isCompletedExceptionally()) {
            return null;
        }
        Throwable failure;
        try {
            future.getNow(null);
            return null;
        } catch (CompletionException | CancellationException e) {
            failure = e;
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (Class<? extends Throwable> hopeless : UNPUBLISHABLE) {
                if (hopeless.isInstance(t)) {
                    return t instanceof UnmappableEvent ? t.getCause() : t;
                }
            }
        }
        return null;
    }

    /** The pending event could not even be turned into a CloudEvent. */
    private static final class UnmappableEvent extends RuntimeException {
        UnmappableEvent(Throwable cause) {
            super(cause);
        }
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        long interval = properties.pollInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::safeRelay, interval, interval, TimeUnit.MILLISECONDS);
        running = true;
    }

    private void safeRelay() {
        try {
            relayOnce();
        } catch (RuntimeException e) {
            failures.increment();
            log.warn("Outbox relay pass failed, will retry: {}", e.getMessage());
        }
    }

    @Override
    public void stop() {
        running = false;
        if (scheduler != null) {
            scheduler.shutdown();
            try {
                scheduler.awaitTermination(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
