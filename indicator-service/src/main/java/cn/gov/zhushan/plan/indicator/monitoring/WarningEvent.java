package cn.gov.zhushan.plan.indicator.monitoring;

import java.math.BigDecimal;

import cn.gov.zhushan.plan.indicator.targets.TargetComparator;
import cn.gov.zhushan.plan.indicator.targets.TargetKind;

/**
 * Data of {@code cn.gov.zhushan.plan.indicators.warning-raised.v1} and {@code ...warning-cleared.v1}: a target's
 * attainment status changed. Measure, expected and threshold in percent (growth targets) or in {@code unit};
 * {@code projection} is the year-end measure the latest figures point to, {@code projectedShortfall} how far
 * outside the target's band it lies (positive: the projection misses the target).
 */
public record WarningEvent(String indicator, String region, int year, TargetKind targetKind,
                           TargetComparator comparator, BigDecimal targetValue, String importance,
                           AttainmentStatus status, AttainmentStatus previousStatus, String period, BigDecimal measure,
                           BigDecimal expected, BigDecimal threshold, BigDecimal shortfall, String unit,
                           BigDecimal projection, BigDecimal projectedShortfall) {

    public static final String RAISED = "warning-raised";
    public static final String CLEARED = "warning-cleared";
}
