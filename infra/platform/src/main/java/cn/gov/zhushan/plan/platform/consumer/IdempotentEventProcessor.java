package cn.gov.zhushan.plan.platform.consumer;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;

import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Applies each CloudEvent at most once per service: an event whose id is already marked in
 * {@code processed_events} is skipped, otherwise the handler runs and then the mark is written.
 *
 * <p>Without multi-document transactions the handler's write and the mark cannot be one write, so a
 * crash between them redelivers an applied but unmarked event. Handlers therefore make their own write
 * conditional on the aggregate's sequence (see {@link AppliedSequence}); the mark makes the common
 * redelivery cheap and visible in metrics.
 */
public class IdempotentEventProcessor {

    private final MongoTemplate mongo;
    private final Clock clock;
    private final MeterRegistry meters;

    public IdempotentEventProcessor(MongoTemplate mongo, Clock clock, MeterRegistry meters) {
        this.mongo = mongo;
        this.clock = clock;
        this.meters = meters;
    }

    /**
     * Like {@link #process(CloudEvent, Consumer)}, for an event type that only the service at {@code expectedSource}
     * publishes: from any other {@code ce_source} it is refused (counted with outcome {@code unexpected-source}) and
     * goes to the dead-letter topic, so an event forged on the topic cannot change a read model.
     */
    public boolean process(CloudEvent event, String expectedSource, Consumer<CloudEvent> handler) {
        String source = event.getSource() == null ? null : event.getSource().toString();
        if (!expectedSource.equals(source)) {
            count(event, "unexpected-source");
            throw new UnexpectedEventSourceException(event.getType(), source, expectedSource);
        }
        return process(event, handler);
    }

    /** Runs the handler unless this event was applied before; returns whether it ran. */
    public boolean process(CloudEvent event, Consumer<CloudEvent> handler) {
        if (mongo.exists(Query.query(Criteria.where("_id").is(event.getId())), ProcessedEvent.class)) {
            count(event, "duplicate");
            return false;
        }
        handler.accept(event);
        try {
            mongo.insert(new ProcessedEvent(event.getId(), event.getType(), event.getSubject(), Instant.now(clock)));
        } catch (DuplicateKeyException concurrentlyMarked) {
            // another delivery of the same event raced this one; the handler's own guard kept it single
            count(event, "duplicate");
            return false;
        }
        count(event, "applied");
        return true;
    }

    private void count(CloudEvent event, String outcome) {
        meters.counter("platform.events.consumed", "type", event.getType(), "outcome", outcome).increment();
    }
}
