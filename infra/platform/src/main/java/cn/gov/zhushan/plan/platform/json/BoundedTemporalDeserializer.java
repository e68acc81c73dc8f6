package cn.gov.zhushan.plan.platform.json;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;

import cn.gov.zhushan.plan.platform.time.DateRange;

/**
 * Wraps Jackson's deserializer of a date or time: an empty string is refused (it would otherwise read as
 * null, which a service may take for "today"), and the value must lie in the platform's {@link DateRange}.
 * JSON null stays null.
 */
final class BoundedTemporalDeserializer extends DelegatingDeserializer {

    private final DateRange range;
    private final Class<?> type;

    BoundedTemporalDeserializer(ValueDeserializer<?> delegate, DateRange range, Class<?> type) {
        super(delegate);
        this.range = range;
        this.type = type;
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
        return new BoundedTemporalDeserializer(delegate, range, type);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
        if (p.currentToken() == JsonToken.VALUE_STRING && p.getString().isBlank()) {
            throw new RejectedInputException(p, "must not be empty", type);
        }
        Object value = super.deserialize(p, ctxt);
        String problem = value == null ? null : range.problem(value);
        if (problem != null) {
            throw new RejectedInputException(p, problem, type);
        }
        return value;
    }
}
