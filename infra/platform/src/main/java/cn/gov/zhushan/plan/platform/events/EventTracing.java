package cn.gov.zhushan.plan.platform.events;

import java.util.function.Supplier;
import java.util.regex.Pattern;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;

/**
 * Carries a request's trace across the outbox: the W3C {@code traceparent} of the span current when an event is
 * created is stored with it, and the relay publishes the event inside a span with that parent, so the Kafka
 * producer's observation writes a {@code traceparent} header of the same trace and the consumer continues it
 * (without this the relay's scheduled thread would start a new trace for every event).
 */
public class EventTracing {

    /** version 00, 32 hex trace id, 16 hex parent id, 2 hex flags (W3C Trace Context). */
    private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");

    private final Tracer tracer;

    public EventTracing(Tracer tracer) {
        this.tracer = tracer == null ? Tracer.NOOP : tracer;
    }

    /** The current span as a W3C traceparent, or null outside any trace. */
    public String currentTraceparent() {
        Span span = tracer.currentSpan();
        if (span == null || span.isNoop()) {
            return null;
        }
        TraceContext context = span.context();
        return "00-" + context.traceId() + "-" + context.spanId() + "-"
                + (Boolean.TRUE.equals(context.sampled()) ? "01" : "00");
    }

    /** Runs the work in a span whose parent is the given traceparent; without a valid one, as it is. */
    public <T> T inTrace(String traceparent, String spanName, Supplier<T> work) {
        var match = traceparent == null ? null : TRACEPARENT.matcher(traceparent);
        if (match == null || !match.matches() || tracer == Tracer.NOOP) {
            return work.get();
        }
        TraceContext parent = tracer.traceContextBuilder().traceId(match.group(1)).spanId(match.group(2))
                .sampled((Integer.parseInt(match.group(3), 16) & 1) == 1).build();
        Span span = tracer.spanBuilder().setParent(parent).name(spanName).start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            return work.get();
        } finally {
            span.end();
        }
    }
}
