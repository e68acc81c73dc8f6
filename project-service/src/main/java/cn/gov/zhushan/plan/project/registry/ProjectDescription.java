package cn.gov.zhushan.plan.project.registry;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a project is, as the development & reform department registers it.
 *
 * @param totalPlannedInvestment yuan
 */
public record ProjectDescription(
        @NotBlank @Size(max = 200) String name,
        @NotNull ProjectCategory category,
        @NotBlank @Size(max = 200) String ownerUnit,
        @Size(max = 300) String address,
        @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @DecimalMin("-180") @DecimalMax("180") Double longitude,
        Boolean onCityList,
        @NotNull @DecimalMin("0") @Digits(integer = 14, fraction = 2) BigDecimal totalPlannedInvestment,
        LocalDate plannedStart,
        LocalDate plannedCompletion) {

    public ProjectDescription {
        onCityList = Boolean.TRUE.equals(onCityList);
    }
}
