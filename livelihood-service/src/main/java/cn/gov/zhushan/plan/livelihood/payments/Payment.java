package cn.gov.zhushan.plan.livelihood.payments;

import java.math.BigDecimal;
import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One beneficiary's entitlement and payment for one program and month. The unique index on
 * {@code programCode + beneficiaryKey + period} means there is never a second one; the status moves
 * ENTITLED -> PAYING -> PAID | FAILED (FAILED -> PAYING again at reconciliation) only by conditional updates,
 * so only one caller can ever take a payment to the payout channel at a time.
 */
@Document("payments")
public record Payment(@Id String id, String cycleId, String programCode, String period, String beneficiaryKey,
                      String enrollmentId, String householdId, int persons, BigDecimal amount, Status status,
                      int attempts, String failureReason, Instant paidAt) {

    public enum Status { ENTITLED, PAYING, PAID, FAILED }
}
