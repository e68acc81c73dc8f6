package cn.gov.zhushan.plan.indicator.observations;

import java.math.BigDecimal;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of a PUT: a level in the indicator's unit and/or a reported year-on-year growth in percent, and whether
 * the published figure was approximate (约4.8亿元: value 4.8, approximation 约).
 */
public record ObservationRequest(BigDecimal value, BigDecimal growthPercent,
                                 @Size(max = 60) @Pattern(regexp = "[a-z0-9-]*", message = "must be a department code like statistics-bureau") String sourceDepartment,
                                 @Pattern(regexp = "PROVISIONAL|FINAL", message = "must be PROVISIONAL or FINAL") String status,
                                 @io.swagger.v3.oas.annotations.media.Schema(description = "The word that makes the published "
                                         + "figure approximate: 约 (about), 近 (nearly), 余 or 多 (over), 左右 (around); absent "
                                         + "for an exact figure", nullable = true)
                                 @Pattern(regexp = ObservationRules.APPROXIMATIONS, message = "must be one of 约, 近, 余, 多, 左右") String approximation,
                                 @io.swagger.v3.oas.annotations.media.Schema(description = "Why a FINAL figure is revised "
                                         + "(an official revision; statistics bureau only)", nullable = true)
                                 @Size(max = 200) String revisionReason) {
}
