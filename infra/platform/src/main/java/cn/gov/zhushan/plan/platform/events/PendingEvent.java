package cn.gov.zhushan.plan.platform.events;

import java.time.Instant;
import java.util.Map;

/**
 * An event waiting in a document's embedded outbox ({@code pendingEvents}). It is written in the same
 * single-document write as the state change it describes, so the change and its event cannot part.
 *
 * @param eventId     the CloudEvents id; consumers dedupe on it
 * @param topic       the Kafka topic it goes to
 * @param key         the Kafka key: the aggregate id, so one aggregate's events stay in order
 * @param type        {@code cn.gov.zhushan.plan.<domain>.<event>.v1}
 * @param subject     the CloudEvents subject (what the event is about, e.g. the project code)
 * @param occurredAt  when the change happened
 * @param data        the JSON data, kept as text so that figures stay exactly as written
 * @param extensions  CloudEvents extension attributes (e.g. {@code dataclassification})
 * @param traceparent the W3C trace context of the request that made the change (null outside a trace); the relay
 *                    publishes the event in that trace
 */
public record PendingEvent(
        String eventId,
        String topic,
        String key,
        String type,
        String source,
        String subject,
        Instant occurredAt,
        String data,
        Map<String, String> extensions,
        String traceparent) {

    public PendingEvent {
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }

    public PendingEvent(String eventId, String topic, String key, String type, String source, String subject,
                        Instant occurredAt, String data, Map<String, String> extensions) {
        this(eventId, topic, key, type, source, subject, occurredAt, data, extensions, null);
    }
}
