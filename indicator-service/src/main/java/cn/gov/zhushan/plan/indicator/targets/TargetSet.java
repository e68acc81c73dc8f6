package cn.gov.zhushan.plan.indicator.targets;

import java.math.BigDecimal;

/** Data of {@code cn.gov.zhushan.plan.indicators.target-set.v1}; levels in the indicator's {@code unit}. */
public record TargetSet(String indicator, String region, int year, TargetKind kind, TargetComparator comparator,
                        BigDecimal value, BigDecimal tolerance, String importance, BigDecimal baseLevel,
                        BigDecimal impliedLevel, String unit) {

    public static final String EVENT = "target-set";
}
