package cn.gov.zhushan.plan.platform.events;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;

/** Turns an outbox entry into a CloudEvents 1.0 event (sent in Kafka binary mode: ce_* headers). */
public final class CloudEventMapper {

    private CloudEventMapper() {
    }

    public static CloudEvent toCloudEvent(PendingEvent event) {
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(event.eventId())
                .withType(event.type())
                .withSource(URI.create(event.source()))
                .withSubject(event.subject())
                .withTime(event.occurredAt().atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(event.data().getBytes(StandardCharsets.UTF_8));
        event.extensions().forEach(builder::withExtension);
        return builder.build();
    }
}
