package cn.gov.zhushan.plan.indicator.livelihood;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import io.cloudevents.CloudEvent;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.gov.zhushan.plan.platform.consumer.CloudEventListenerConfiguration;
import cn.gov.zhushan.plan.platform.consumer.IdempotentEventProcessor;
import cn.gov.zhushan.plan.platform.events.DomainEvents;

/**
 * Keeps each program's distributed totals per month from livelihood-service. The write is a "set" by program +
 * period (the cycle's totals replace what was there), so a redelivered or replayed event changes nothing.
 */
@Component
class CycleDistributedListener {

    static final String COLLECTION = "livelihood_cycle_totals";

    private final IdempotentEventProcessor processor;
    private final MongoTemplate mongo;
    private final DomainEvents events;

    CycleDistributedListener(IdempotentEventProcessor processor, MongoTemplate mongo, DomainEvents events) {
        this.processor = processor;
        this.mongo = mongo;
        this.events = events;
    }

    @KafkaListener(topics = CycleDistributed.TOPIC, containerFactory = CloudEventListenerConfiguration.FACTORY)
    void on(CloudEvent event) {
        if (CycleDistributed.TYPE.equals(event.getType())) {
            processor.process(event, this::apply);
        }
    }

    private void apply(CloudEvent event) {
        CycleDistributed data = events.read(event.getData().toBytes(), CycleDistributed.class);
        YearMonth period;
        try {
            period = YearMonth.parse(data.period());
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("cycle-distributed event " + event.getId() + " has no valid period", e);
        }
        if (data.programCode() == null || data.amount() == null || data.amount().signum() < 0
                || data.households() < 0 || data.persons() < 0) {
            throw new IllegalArgumentException("cycle-distributed event " + event.getId() + " has invalid totals");
        }
        Update update = new Update().set("programCode", data.programCode()).set("period", period.toString())
                .set("year", period.getYear()).set("households", data.households()).set("persons", data.persons())
                .set("amount", data.amount()).set("cycleId", data.cycleId()).set("eventId", event.getId());
        mongo.upsert(Query.query(Criteria.where("_id").is(data.programCode() + ":" + period)), update, COLLECTION);
    }
}
