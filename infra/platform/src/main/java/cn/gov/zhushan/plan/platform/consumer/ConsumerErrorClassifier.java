package cn.gov.zhushan.plan.platform.consumer;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Decides what a consumer failure says about the record. Transient: the store or the broker could not be
 * reached or timed out; the record is fine and will apply once they are back, so it is retried for as long as
 * it takes. Poison: the record itself can never be applied (undecodable, unknown shape, failed validation); it
 * goes to the dead-letter topic at once. Anything else is unexpected: a few retries, then the dead-letter topic.
 *
 * <p>The whole cause chain is read (the container wraps the handler's exception), and a transient cause wins
 * over a poison one: a store timeout surfacing inside a conversion error is still the store's fault. Classes
 * are matched by name along each throwable's superclasses, so drivers that are not on a service's class path
 * cost nothing.
 */
public class ConsumerErrorClassifier {

    public enum Kind { TRANSIENT, POISON, UNEXPECTED }

    /** The verdict and the exception class it rests on (the dead-letter metric's reason). */
    public record Verdict(Kind kind, String reason) {
    }

    static final Set<String> TRANSIENT = Set.of(
            // MongoDB driver: no server selected in time, socket trouble, a node stepping down
            "com.mongodb.MongoTimeoutException",
            "com.mongodb.MongoSocketException",
            "com.mongodb.MongoNotPrimaryException",
            "com.mongodb.MongoNodeIsRecoveringException",
            "com.mongodb.MongoExecutionTimeoutException",
            "com.mongodb.MongoConnectionPoolClearedException",
            // Spring's translation of the same
            "org.springframework.dao.DataAccessResourceFailureException",
            "org.springframework.dao.TransientDataAccessException",
            "org.springframework.dao.RecoverableDataAccessException",
            // Kafka client: the broker is away or slow (TimeoutException, NotEnoughReplicas... are all retriable)
            "org.apache.kafka.common.errors.RetriableException",
            // plain I/O and timeouts (a REST call to another service, a socket)
            "java.net.SocketException",
            "java.net.SocketTimeoutException",
            "java.net.UnknownHostException",
            "java.net.http.HttpTimeoutException",
            "java.util.concurrent.TimeoutException",
            "org.springframework.web.client.ResourceAccessException");

    static final Set<String> POISON = Set.of(
            "org.springframework.kafka.support.serializer.DeserializationException",
            "org.apache.kafka.common.errors.SerializationException",
            "org.springframework.messaging.converter.MessageConversionException",
            "org.springframework.core.convert.ConversionException",
            "org.springframework.messaging.handler.invocation.MethodArgumentResolutionException",
            "org.springframework.kafka.support.converter.ConversionException",
            "jakarta.validation.ValidationException",
            "tools.jackson.core.JacksonException",
            "com.fasterxml.jackson.core.JacksonException",
            "io.cloudevents.rw.CloudEventRWException",
            "java.lang.IllegalArgumentException",
            "java.lang.ClassCastException",
            "java.lang.NoSuchMethodException");

    public Verdict classify(Throwable failure) {
        String poison = null;
        Set<Throwable> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        // a cause chain may loop back on itself: each throwable is read once
        for (Throwable t = failure; t != null && visited.add(t); t = t.getCause()) {
            if (match(t, TRANSIENT)) {
                return new Verdict(Kind.TRANSIENT, t.getClass().getSimpleName());
            }
            if (poison == null && match(t, POISON)) {
                poison = t.getClass().getSimpleName();
            }
        }
        if (poison != null) {
            return new Verdict(Kind.POISON, poison);
        }
        return new Verdict(Kind.UNEXPECTED, innermost(failure).getClass().getSimpleName());
    }

    public boolean isTransient(Throwable failure) {
        return classify(failure).kind() == Kind.TRANSIENT;
    }

    private static boolean match(Throwable t, Set<String> names) {
        for (Class<?> type = t.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            if (names.contains(type.getName())) {
                return true;
            }
        }
        return false;
    }

    private static Throwable innermost(Throwable failure) {
        Throwable t = failure;
        Set<Throwable> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        while (t.getCause() != null && visited.add(t)) {
            t = t.getCause();
        }
        return t;
    }
}
