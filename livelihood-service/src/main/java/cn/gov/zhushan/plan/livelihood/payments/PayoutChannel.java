package cn.gov.zhushan.plan.livelihood.payments;

/**
 * Where money leaves: the bank or the "one-card" (一卡通) subsidy account system. Only called for a
 * payment the caller has exclusively claimed.
 */
public interface PayoutChannel {

    /** Null when the transfer succeeded, otherwise the reason it failed. */
    String transfer(Payment payment);
}
