package cn.gov.zhushan.plan.platform.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Set;

import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;

/** Puts the platform's input rules around Jackson's own deserializers of numbers. */
class PlatformDeserializerModifier extends ValueDeserializerModifier {

    private static final Set<Class<?>> NUMBERS = Set.of(BigDecimal.class, BigInteger.class, Double.class,
            double.class, Float.class, float.class);

    private final InputLimits limits;
    private final NumberBounds numbers;

    PlatformDeserializerModifier(InputLimits limits) {
        this.limits = limits;
        this.numbers = new NumberBounds(limits);
    }

    @Override
    public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier description,
                                                   ValueDeserializer<?> deserializer) {
        Class<?> type = description.getBeanClass();
        if (NUMBERS.contains(type)) {
            return new BoundedNumberDeserializer(deserializer, numbers, type);
        }
        return deserializer;
    }

    InputLimits limits() {
        return limits;
    }
}
