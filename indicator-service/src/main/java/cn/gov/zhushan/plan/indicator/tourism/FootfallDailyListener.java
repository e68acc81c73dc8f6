package cn.gov.zhushan.plan.indicator.tourism;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import io.cloudevents.CloudEvent;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.gov.zhushan.plan.platform.consumer.AppliedSequence;
import cn.gov.zhushan.plan.platform.consumer.CloudEventListenerConfiguration;
import cn.gov.zhushan.plan.platform.consumer.IdempotentEventProcessor;
import cn.gov.zhushan.plan.platform.events.DomainEvents;

/**
 * Keeps each site's daily footfall from tourism-service. The event carries the day's totals, so the write is a
 * "set" by site + day, never an increment: a redelivered or replayed event (even under a new id) cannot count
 * twice. With a sequence, an older total never replaces a newer one. Invalid data goes to the dead-letter topic.
 */
@Component
class FootfallDailyListener {

    static final String COLLECTION = "tourism_footfall_daily";

    private final IdempotentEventProcessor processor;
    private final MongoTemplate mongo;
    private final DomainEvents events;

    FootfallDailyListener(IdempotentEventProcessor processor, MongoTemplate mongo, DomainEvents events) {
        this.processor = processor;
        this.mongo = mongo;
        this.events = events;
    }

    @KafkaListener(topics = FootfallDaily.TOPIC, containerFactory = CloudEventListenerConfiguration.FACTORY)
    void on(CloudEvent event) {
        if (FootfallDaily.TYPE.equals(event.getType())) {
            processor.process(event, FootfallDaily.SOURCE, this::apply);
        }
    }

    private void apply(CloudEvent event) {
        FootfallDaily data = events.read(event.getData().toBytes(), FootfallDaily.class);
        LocalDate day;
        try {
            day = LocalDate.parse(data.day());
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("footfall-daily event " + event.getId() + " has no valid day", e);
        }
        if (data.siteCode() == null || data.siteCode().isBlank() || data.arrivals() < 0 || data.departures() < 0) {
            throw new IllegalArgumentException("footfall-daily event " + event.getId() + " has an invalid site or counts");
        }
        String id = data.siteCode() + ":" + day;
        Update update = new Update().set("siteCode", data.siteCode()).set("day", day.toString())
                .set("year", day.getYear()).set("month", day.toString().substring(0, 7))
                .set("arrivals", data.arrivals()).set("departures", data.departures())
                .set("peakOccupancy", data.peakOccupancy()).set("eventId", event.getId());
        if (data.sequence() != null) {
            AppliedSequence.applyIfNewer(mongo, COLLECTION, id, data.sequence(), update);
        } else {
            mongo.upsert(Query.query(Criteria.where("_id").is(id)), update, COLLECTION);
        }
    }
}
