package cn.gov.zhushan.plan.indicator.targets;

import java.math.BigDecimal;

/**
 * Data of {@code cn.gov.zhushan.plan.indicators.target-set.v1}; levels in the indicator's {@code unit};
 * {@code impliedLevelPrices} says whether the implied level is at the base year's prices (a real growth target).
 */
public record TargetSet(String indicator, String region, int year, TargetKind kind, TargetComparator comparator,
                        BigDecimal value, BigDecimal tolerance, String importance, BigDecimal baseLevel,
                        BigDecimal impliedLevel, String unit, String impliedLevelPrices) {

    public static final String EVENT = "target-set";
}
