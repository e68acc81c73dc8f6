package cn.gov.zhushan.plan.indicator.observations;

import java.math.BigDecimal;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of a PUT: a level in the indicator's unit and/or a reported year-on-year growth in percent.
 */
public record ObservationRequest(BigDecimal value, BigDecimal growthPercent,
                                 @Size(max = 60) @Pattern(regexp = "[a-z0-9-]*", message = "must be a department code like statistics-bureau") String sourceDepartment,
                                 @Pattern(regexp = "PROVISIONAL|FINAL", message = "must be PROVISIONAL or FINAL") String status) {
}
