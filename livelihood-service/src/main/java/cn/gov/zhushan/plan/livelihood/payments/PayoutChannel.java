package cn.gov.zhushan.plan.livelihood.payments;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where money leaves: the bank or the "one-card" (一卡通) subsidy account system. Only called for a
 * payment the caller has exclusively claimed. An implementation must be idempotent by payment id (the
 * payment id is the transfer's reference at the bank): a payment abandoned mid-transfer by a crash is
 * transferred again at reconciliation, and the bank must answer the first transfer's outcome, not pay twice.
 */
public interface PayoutChannel {

    /** Null when the transfer succeeded, otherwise the reason it failed. */
    String transfer(Payment payment);

    /**
     * Transfers a batch of claimed payments; payment id -> failure reason (absent or null: paid). A channel
     * with a batch interface (a bank's bulk file) overrides this; the default transfers one by one.
     */
    default Map<String, String> transferAll(List<Payment> payments) {
        Map<String, String> failures = new HashMap<>();
        for (Payment payment : payments) {
            String failure = transfer(payment);
            if (failure != null) {
                failures.put(payment.id(), failure);
            }
        }
        return failures;
    }
}
