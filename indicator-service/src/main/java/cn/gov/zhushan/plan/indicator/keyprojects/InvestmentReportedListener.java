package cn.gov.zhushan.plan.indicator.keyprojects;

import io.cloudevents.CloudEvent;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.gov.zhushan.plan.platform.consumer.AppliedSequence;
import cn.gov.zhushan.plan.platform.consumer.CloudEventListenerConfiguration;
import cn.gov.zhushan.plan.platform.consumer.IdempotentEventProcessor;
import cn.gov.zhushan.plan.platform.events.DomainEvents;

/**
 * Keeps each key project's year-to-date investment from project-service's events. The event carries
 * the year-to-date total, so the write is a guarded "set", never an increment: a redelivered, replayed
 * or late event cannot count twice.
 */
@Component
class InvestmentReportedListener {

    private final IdempotentEventProcessor processor;
    private final MongoTemplate mongo;
    private final DomainEvents events;

    InvestmentReportedListener(IdempotentEventProcessor processor, MongoTemplate mongo, DomainEvents events) {
        this.processor = processor;
        this.mongo = mongo;
        this.events = events;
    }

    @KafkaListener(topics = "plan.projects.v1", containerFactory = CloudEventListenerConfiguration.FACTORY)
    void on(CloudEvent event) {
        if (!InvestmentReported.TYPE.equals(event.getType())) {
            return;
        }
        processor.process(event, InvestmentReported.SOURCE, this::apply);
    }

    private void apply(CloudEvent event) {
        InvestmentReported data = events.read(event.getData().toBytes(), InvestmentReported.class);
        Update update = new Update()
                .set("projectCode", data.projectCode())
                .set("projectName", data.projectName())
                .set("onCityList", data.onCityList())
                .set("year", data.year())
                .set("lastMonth", data.month())
                .set("yearToDateInvestment", data.yearToDateInvestment())
                .set("annualPlannedInvestment", data.annualPlannedInvestment());
        AppliedSequence.applyIfNewer(mongo, ProjectInvestment.COLLECTION,
                ProjectInvestment.idOf(data.projectCode(), data.year()), data.sequence(), update);
    }
}
