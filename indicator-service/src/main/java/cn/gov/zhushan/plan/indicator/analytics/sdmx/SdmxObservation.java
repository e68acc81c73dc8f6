package cn.gov.zhushan.plan.indicator.analytics.sdmx;

import java.math.BigDecimal;

import cn.gov.zhushan.plan.indicator.periods.Period;
import cn.gov.zhushan.plan.indicator.registry.Indicator;

/**
 * One cell of the pivot with what SDMX needs beside the value: the indicator's unit and scale, and the status.
 *
 * @param growthReported whether the growth is as the statistics bureau reported it (at comparable prices where the
 *                       indicator says so) rather than derived here from two levels (then nominal)
 * @param status         {@code PROVISIONAL} or {@code FINAL}
 */
public record SdmxObservation(Indicator indicator, String region, Period period, BigDecimal value,
                              BigDecimal growthPercent, boolean growthReported, String status) {

    /** SDMX's OBS_STATUS codes: A normal (final), P provisional. */
    public String obsStatus() {
        return "FINAL".equals(status) ? "A" : "P";
    }

    /** REPORTED, or DERIVED (computed from levels, nominal); null without a growth. */
    public String growthBasis() {
        if (growthPercent == null) {
            return null;
        }
        return growthReported ? "REPORTED" : "DERIVED";
    }
}
