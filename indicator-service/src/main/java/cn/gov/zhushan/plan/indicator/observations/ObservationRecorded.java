package cn.gov.zhushan.plan.indicator.observations;

import java.math.BigDecimal;

/**
 * Data of {@code cn.gov.zhushan.plan.indicators.observation-recorded.v1}. Value in the indicator's unit
 * ({@code unit}, {@code unitMultiplier}); growth in percent; {@code revision} 0 for the first version;
 * {@code approximation} 约/近/余 when the published figure was approximate.
 */
public record ObservationRecorded(String indicator, String region, String period, BigDecimal value,
                                  BigDecimal growthPercent, boolean growthReported, String unit, int unitMultiplier,
                                  String status, String sourceDepartment, int revision, BigDecimal previousValue,
                                  BigDecimal previousGrowthPercent, String approximation) {

    public static final String EVENT = "observation-recorded";
}
