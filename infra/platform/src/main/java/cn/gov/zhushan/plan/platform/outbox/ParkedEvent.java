package cn.gov.zhushan.plan.platform.outbox;

import java.time.Instant;

import cn.gov.zhushan.plan.platform.events.PendingEvent;

/**
 * An event the broker can never take (too large for the producer or broker, an invalid topic, data that
 * cannot be serialised), set aside in the document's {@code parkedEvents} array so the relay moves on.
 * Ops look at it (metric {@code platform.outbox.parked}), fix the cause and move it back to
 * {@code pendingEvents} by hand if it is still wanted.
 */
public record ParkedEvent(PendingEvent event, String reason, Instant parkedAt) {
}
