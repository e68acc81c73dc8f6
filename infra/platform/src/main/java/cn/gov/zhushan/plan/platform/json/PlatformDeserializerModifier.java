package cn.gov.zhushan.plan.platform.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Set;

import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;

import cn.gov.zhushan.plan.platform.time.DateRange;

/** Puts the platform's input rules around Jackson's own deserializers of numbers, dates and text. */
class PlatformDeserializerModifier extends ValueDeserializerModifier {

    private static final Set<Class<?>> NUMBERS = Set.of(BigDecimal.class, BigInteger.class, Double.class,
            double.class, Float.class, float.class);

    private final InputLimits limits;
    private final NumberBounds numbers;
    private final DateRange dates;

    PlatformDeserializerModifier(InputLimits limits) {
        this.limits = limits;
        this.numbers = new NumberBounds(limits);
        this.dates = new DateRange(limits.earliestDate(), limits.latestDate());
    }

    @Override
    public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier description,
                                                   ValueDeserializer<?> deserializer) {
        Class<?> type = description.getBeanClass();
        if (NUMBERS.contains(type)) {
            return new BoundedNumberDeserializer(deserializer, numbers, type);
        }
        if (type == String.class) {
            return new CleanTextDeserializer(deserializer, limits, false);
        }
        if (DateRange.judges(type)) {
            return new BoundedTemporalDeserializer(deserializer, dates, type);
        }
        return deserializer;
    }

    InputLimits limits() {
        return limits;
    }
}
