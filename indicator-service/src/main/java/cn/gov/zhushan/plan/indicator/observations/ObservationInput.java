package cn.gov.zhushan.plan.indicator.observations;

import java.math.BigDecimal;

/**
 * One observation as written by a department (a PUT body completed with its path, or an import row).
 * The value is in the indicator's unit (279.6 for GDP in 亿元); the growth in percent; {@code approximation} the
 * word that makes a published figure approximate (约, 近, 余), null for an exact one.
 */
public record ObservationInput(String indicator, String region, String period, BigDecimal value,
                               BigDecimal growthPercent, String sourceDepartment, String status, String approximation) {

    public ObservationInput(String indicator, String region, String period, BigDecimal value, BigDecimal growthPercent,
                            String sourceDepartment, String status) {
        this(indicator, region, period, value, growthPercent, sourceDepartment, status, null);
    }
}
