package cn.gov.zhushan.plan.indicator.livelihood;

import java.math.BigDecimal;

/**
 * The data of {@code cn.gov.zhushan.plan.livelihood.cycle-distributed.v1} as this service reads it (the consumer's
 * copy of livelihood-service's contract; unknown fields are ignored): the totals of a distributed payment cycle,
 * never any personal data.
 *
 * @param period {@code yyyy-MM}
 * @param amount yuan
 */
public record CycleDistributed(String programCode, String period, long households, long persons, BigDecimal amount,
                               String cycleId) {

    public static final String TYPE = "cn.gov.zhushan.plan.livelihood.cycle-distributed.v1";
    public static final String TOPIC = "plan.livelihood.v1";
}
