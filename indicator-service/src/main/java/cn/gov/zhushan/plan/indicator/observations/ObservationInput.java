package cn.gov.zhushan.plan.indicator.observations;

import java.math.BigDecimal;

/**
 * One observation as written by a department (a PUT body completed with its path, or an import row).
 * The value is in the indicator's unit (279.6 for GDP in 亿元); the growth in percent.
 */
public record ObservationInput(String indicator, String region, String period, BigDecimal value,
                               BigDecimal growthPercent, String sourceDepartment, String status) {
}
