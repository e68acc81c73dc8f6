package cn.gov.zhushan.plan.indicator.targets;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * @param value      growth in percent (GROWTH) or level in the indicator's unit (LEVEL)
 * @param tolerance  the "about" band (points for growth, the unit for a level); the configured default if absent
 * @param baseLevel  the prior year's level for the implied level; the recorded prior-year value if absent
 */
public record TargetRequest(@NotNull TargetKind kind, @NotNull TargetComparator comparator, @NotNull BigDecimal value,
                            @DecimalMin("0") BigDecimal tolerance,
                            @Pattern(regexp = "HIGH|MEDIUM|LOW", message = "must be HIGH, MEDIUM or LOW") String importance,
                            @DecimalMin("0") BigDecimal baseLevel) {
}
