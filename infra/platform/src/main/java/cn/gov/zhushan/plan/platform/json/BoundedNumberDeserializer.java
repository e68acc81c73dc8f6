package cn.gov.zhushan.plan.platform.json;

import java.math.BigDecimal;
import java.math.BigInteger;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;

/**
 * Wraps Jackson's own deserializer of a BigDecimal, BigInteger, double or float: the literal's exponent is
 * looked at before the value is built, the value is checked against {@link NumberBounds} after. Nulls,
 * numbers in strings and every other Jackson rule stay the delegate's.
 */
final class BoundedNumberDeserializer extends DelegatingDeserializer {

    private final NumberBounds bounds;
    private final Class<?> type;

    BoundedNumberDeserializer(ValueDeserializer<?> delegate, NumberBounds bounds, Class<?> type) {
        super(delegate);
        this.bounds = bounds;
        this.type = type;
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
        return new BoundedNumberDeserializer(delegate, bounds, type);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
        String literal = literal(p);
        String problem = bounds.literalProblem(literal);
        if (problem != null) {
            throw new RejectedInputException(p, "number " + problem, type);
        }
        Object value = super.deserialize(p, ctxt);
        if (value instanceof BigDecimal decimal) {
            problem = bounds.problem(decimal);
            value = problem == null ? NumberBounds.plain(decimal) : value;
        } else if (value instanceof BigInteger integer) {
            problem = bounds.problem(integer);
        } else if (value instanceof Double d) {
            problem = bounds.problem(d, literal);
        } else if (value instanceof Float f) {
            problem = bounds.problem(f.doubleValue(), literal);
        }
        if (problem != null) {
            throw new RejectedInputException(p, "number " + problem, type);
        }
        return value;
    }

    private static String literal(JsonParser p) {
        JsonToken token = p.currentToken();
        return token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT
                || token == JsonToken.VALUE_STRING ? p.getString() : null;
    }
}
