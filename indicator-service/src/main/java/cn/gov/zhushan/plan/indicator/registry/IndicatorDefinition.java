package cn.gov.zhushan.plan.indicator.registry;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An indicator's definition as an administrator sends it ({@code PUT /api/v1/indicators/catalogue/indicators/{code}});
 * the code comes from the path. Field meanings as in {@link Indicator}.
 */
public record IndicatorDefinition(
        @NotBlank @Size(max = 60) String nameZh,
        @NotBlank @Size(max = 120) String nameEn,
        @NotBlank @Size(max = 20) String unit,
        @Min(0) @Max(12) int unitMultiplier,
        @Min(0) @Max(6) int decimals,
        @NotNull @Pattern(regexp = "ANNUAL|HALF_YEARLY|QUARTERLY|MONTHLY") String periodicity,
        @NotNull @Pattern(regexp = "HIGHER_IS_BETTER|LOWER_IS_BETTER|NEUTRAL") String polarity,
        @NotNull @Pattern(regexp = "LEVEL|GROWTH|LEVEL_AND_GROWTH") String reportedAs,
        @NotNull @Pattern(regexp = "[a-z][a-z-]{1,39}", message = "must be a department id like statistics-bureau") String department,
        @NotNull @Pattern(regexp = "SUM|AVERAGE") String aggregation,
        @NotNull @Pattern(regexp = "[A-Z_]{2,20}") String category,
        @Pattern(regexp = "COMPARABLE|CURRENT") String growthPrices,
        Publication publishedAs,
        YearFrom yearFrom,
        @Min(1) @Max(31) Integer reportingDueDay) {

    Indicator toIndicator(String code) {
        return new Indicator(code, nameZh, nameEn, unit, unitMultiplier, decimals, periodicity, polarity, reportedAs,
                department, aggregation, category, growthPrices, publishedAs, yearFrom, reportingDueDay);
    }
}
