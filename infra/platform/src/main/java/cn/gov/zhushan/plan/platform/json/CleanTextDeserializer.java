package cn.gov.zhushan.plan.platform.json;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;

/**
 * Wraps Jackson's String deserializer with the {@link TextRules}: a property is multi-line when annotated
 * {@link MultilineText} or when its name is in {@code platform.input.multiline-fields}; strings in lists and
 * maps take their property's rule.
 */
final class CleanTextDeserializer extends DelegatingDeserializer {

    private final InputLimits limits;
    private final boolean multiline;

    CleanTextDeserializer(ValueDeserializer<?> delegate, InputLimits limits, boolean multiline) {
        super(delegate);
        this.limits = limits;
        this.multiline = multiline;
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
        return new CleanTextDeserializer(delegate, limits, multiline);
    }

    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
        ValueDeserializer<?> contextual = super.createContextual(ctxt, property);
        ValueDeserializer<?> delegate = contextual instanceof DelegatingDeserializer wrapper
                ? wrapper.getDelegatee() : contextual;
        boolean multi = property != null && (property.getAnnotation(MultilineText.class) != null
                || limits.multilineFields().contains(property.getName()));
        return new CleanTextDeserializer(delegate, limits, multi);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
        Object value = super.deserialize(p, ctxt);
        if (value instanceof String text) {
            try {
                return TextRules.clean(text, multiline);
            } catch (IllegalArgumentException refused) {
                throw new RejectedInputException(p, refused.getMessage(), String.class);
            }
        }
        return value;
    }
}
