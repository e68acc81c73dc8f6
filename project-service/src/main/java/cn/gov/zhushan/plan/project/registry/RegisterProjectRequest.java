package cn.gov.zhushan.plan.project.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new key project. Amounts in yuan.
 *
 * @param annualPlans planned investment per year, e.g. {@code {"2024": 120000000}}: years 2000 to 2100, as
 *                    {@code PUT /{code}/plans/{year}} takes them (at most one entry per year)
 */
public record RegisterProjectRequest(
        @NotBlank @Pattern(regexp = ProjectCodes.PATTERN) String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull ProjectCategory category,
        @NotBlank @Size(max = 200) String ownerUnit,
        @Size(max = 300) String address,
        @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @DecimalMin("-180") @DecimalMax("180") Double longitude,
        Boolean onCityList,
        @NotNull @DecimalMin("0") @Digits(integer = 14, fraction = 2) BigDecimal totalPlannedInvestment,
        LocalDate plannedStart,
        LocalDate plannedCompletion,
        @Valid @Size(max = PLAN_YEARS)
        Map<@Pattern(regexp = PLAN_YEAR, message = "must be a year from 2000 to 2100") String,
                @NotNull @DecimalMin("0") @Digits(integer = 14, fraction = 2) BigDecimal> annualPlans) {

    /** The years a plan may be for: those {@code PUT /{code}/plans/{year}} takes. */
    static final String PLAN_YEAR = "20\\d\\d|2100";
    /** One entry per year at most (a map of 10,000 years was accepted before, and read on every portfolio). */
    static final int PLAN_YEARS = 101;

    public ProjectDescription description() {
        return new ProjectDescription(name, category, ownerUnit, address, latitude, longitude, onCityList,
                totalPlannedInvestment, plannedStart, plannedCompletion);
    }

    @AssertTrue(message = "plannedCompletion must not be before plannedStart")
    boolean isPlannedCompletion() {
        return plannedStart == null || plannedCompletion == null || !plannedCompletion.isBefore(plannedStart);
    }
}
