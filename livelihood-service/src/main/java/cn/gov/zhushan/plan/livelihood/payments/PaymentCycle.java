package cn.gov.zhushan.plan.livelihood.payments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.gov.zhushan.plan.platform.events.PendingEvent;

/**
 * A program's payment cycle for one month ({@code id = PROGRAM-yyyy-MM}): drafting (its entitlements are
 * being computed in the background) -> draft -> approved (by another client) -> distributed -> reconciled. Every state change is a conditional update on the current state,
 * and the cycle's event is pushed in that same single-document write (the embedded outbox).
 */
@Document("payment_cycles")
public record PaymentCycle(@Id String id, String programCode, String period, State state, String createdBy,
                           Instant createdAt, String approvedBy, Instant approvedAt, String distributedBy,
                           Instant distributedAt, Instant reconciledAt, CycleTotals entitled, CycleTotals paid,
                           int failedPayments, boolean demo, List<PendingEvent> pendingEvents) {

    public enum State { DRAFTING, DRAFT, APPROVED, DISTRIBUTED, RECONCILED }

    public PaymentCycle {
        pendingEvents = pendingEvents == null ? new ArrayList<>() : pendingEvents;
    }

    public static String idOf(String programCode, String period) {
        return programCode + "-" + period;
    }
}
