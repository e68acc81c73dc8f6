package cn.gov.zhushan.plan.indicator.targets;

import java.math.BigDecimal;

/**
 * The values that meet a target, in percent (growth targets) or the indicator's unit: "about 5%" with ±0.5 points
 * is [4.5, 5.5]; "at least 98.6%" is [98.6, open). A null bound is open.
 */
public record Band(BigDecimal lower, BigDecimal upper) {

    public boolean contains(BigDecimal measure) {
        return (lower == null || measure.compareTo(lower) >= 0) && (upper == null || measure.compareTo(upper) <= 0);
    }

    /** How far outside the band a measure is (positive), or minus its margin to the nearest bound inside it. */
    public BigDecimal distanceOutside(BigDecimal measure) {
        BigDecimal below = lower == null ? null : lower.subtract(measure);
        BigDecimal above = upper == null ? null : measure.subtract(upper);
        if (below == null) {
            return above;
        }
        if (above == null) {
            return below;
        }
        return below.max(above);
    }
}
