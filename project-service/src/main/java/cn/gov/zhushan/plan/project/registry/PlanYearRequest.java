package cn.gov.zhushan.plan.project.registry;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

/** @param plannedInvestment the year's planned investment, yuan */
public record PlanYearRequest(@NotNull @DecimalMin("0") @Digits(integer = 14, fraction = 2) BigDecimal plannedInvestment) {
}
