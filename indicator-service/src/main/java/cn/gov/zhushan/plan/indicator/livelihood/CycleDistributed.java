package cn.gov.zhushan.plan.indicator.livelihood;

import java.math.BigDecimal;

/**
 * The data of {@code cn.gov.zhushan.plan.livelihood.cycle-distributed.v1} and {@code cycle-reconciled.v1} as this
 * service reads it (the consumer's copy of livelihood-service's contract; unknown fields are ignored): the totals
 * paid in a payment cycle so far, never any personal data. Reconciliation pays failed and abandoned payments again,
 * so its totals include the distribution's.
 *
 * @param period {@code yyyy-MM}
 * @param amount yuan
 */
public record CycleDistributed(String programCode, String period, long households, long persons, BigDecimal amount,
                               String cycleId) {

    public static final String TYPE = "cn.gov.zhushan.plan.livelihood.cycle-distributed.v1";
    /** The only service that publishes this event (its ce_source); any other source is refused. */
    public static final String SOURCE = "/zhushan/livelihood-service";
    public static final String RECONCILED_TYPE = "cn.gov.zhushan.plan.livelihood.cycle-reconciled.v1";
    public static final String TOPIC = "plan.livelihood.v1";
}
