package cn.gov.zhushan.plan.project.progress;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A monthly progress report.
 *
 * @param investmentCompleted     investment completed in the month, yuan (never negative)
 * @param physicalProgressPercent physical progress at the month's end, 0-100
 */
public record ProgressReportRequest(
        @NotNull @DecimalMin("0") @Digits(integer = 14, fraction = 2) BigDecimal investmentCompleted,
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal physicalProgressPercent,
        @Size(max = 2000) String notes) {
}
