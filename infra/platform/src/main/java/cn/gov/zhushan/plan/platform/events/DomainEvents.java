package cn.gov.zhushan.plan.platform.events;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

/** Creates outbox entries for this service's domain: ids, type names, topic, source and JSON data. */
public class DomainEvents {

    private final EventsProperties properties;
    private final JsonMapper jsonMapper;
    private final Clock clock;
    private final EventTracing tracing;

    public DomainEvents(EventsProperties properties, JsonMapper jsonMapper, Clock clock) {
        this(properties, jsonMapper, clock, new EventTracing(null));
    }

    public DomainEvents(EventsProperties properties, JsonMapper jsonMapper, Clock clock, EventTracing tracing) {
        this.properties = properties;
        this.jsonMapper = jsonMapper;
        this.clock = clock;
        this.tracing = tracing;
    }

    /**
     * @param event   short event name, e.g. {@code investment-reported}
     * @param key     the aggregate id (Kafka key)
     * @param subject what the event is about
     * @param data    a record serialised as the JSON data
     */
    public PendingEvent create(String event, String key, String subject, Object data) {
        return create(event, key, subject, data, Map.of());
    }

    public PendingEvent create(String event, String key, String subject, Object data, Map<String, String> extensions) {
        return new PendingEvent(
                UUID.randomUUID().toString(),
                properties.topic(),
                key,
                EventTypes.type(properties.domain(), event),
                properties.source(),
                subject,
                Instant.now(clock),
                jsonMapper.writeValueAsString(data),
                extensions,
                tracing.currentTraceparent());
    }

    /** Reads an event's JSON data into a record. */
    public <T> T read(byte[] data, Class<T> type) {
        return jsonMapper.readValue(data, type);
    }
}
