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
 * Keeps each program's paid totals per month from livelihood-service: set by the cycle's distribution, then by its
 * reconciliation (money paid when failed payments are retried). The write is a "set" by program + period (the
 * cycle's totals replace what was there), so a redelivered or replayed event changes nothing; a distribution event
 * replayed after the cycle's reconciliation does not put the smaller total back.
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
        if (CycleDistributed.TYPE.equals(event.getType()) || CycleDistributed.RECONCILED_TYPE.equals(event.getType())) {
            processor.process(event, CycleDistributed.SOURCE, this::apply);
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
        String id = data.programCode() + ":" + period;
        boolean reconciled = CycleDistributed.RECONCILED_TYPE.equals(event.getType());
        if (!reconciled && alreadyReconciled(id, data.cycleId())) {
            return;
        }
        // One partition per cycle (the key), so the check and the write are not raced by this cycle's other event.
        Update update = new Update().set("programCode", data.programCode()).set("period", period.toString())
                .set("year", period.getYear()).set("households", data.households()).set("persons", data.persons())
                .set("amount", data.amount()).set("cycleId", data.cycleId()).set("reconciled", reconciled)
                .set("eventId", event.getId());
        mongo.upsert(Query.query(Criteria.where("_id").is(id)), update, COLLECTION);
    }

    private boolean alreadyReconciled(String id, String cycleId) {
        return mongo.exists(Query.query(Criteria.where("_id").is(id).and("cycleId").is(cycleId).and("reconciled").is(true)),
                COLLECTION);
    }
}
