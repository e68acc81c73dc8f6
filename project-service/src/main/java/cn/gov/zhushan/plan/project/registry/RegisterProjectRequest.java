package cn.gov.zhushan.plan.project.registry;

import java.math.BigDecimal;
import java.util.Map;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A key project as the development & reform department registers it. Amounts in yuan.
 *
 * @param annualPlans planned investment per year, e.g. {@code {"2024": 120000000}}
 */
public record RegisterProjectRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull ProjectCategory category,
        @NotBlank @Size(max = 200) String ownerUnit,
        boolean onCityList,
        @NotNull @DecimalMin("0") @Digits(integer = 14, fraction = 2) BigDecimal totalPlannedInvestment,
        Map<@jakarta.validation.constraints.Pattern(regexp = "\\d{4}") String,
                @NotNull @DecimalMin("0") @Digits(integer = 14, fraction = 2) BigDecimal> annualPlans) {
}
