package cn.gov.zhushan.plan.livelihood.payments;

import java.math.BigDecimal;

/**
 * Data of {@code cn.gov.zhushan.plan.livelihood.cycle-distributed.v1} (and {@code cycle-reconciled.v1}):
 * aggregates only, never a person.
 *
 * @param period  the month, yyyy-MM
 * @param amount  paid, yuan
 */
public record CycleDistributed(String programCode, String period, long households, long persons, BigDecimal amount,
                               String cycleId) {

    public static final String DISTRIBUTED = "cycle-distributed";
    public static final String RECONCILED = "cycle-reconciled";
}
