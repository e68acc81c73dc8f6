package cn.gov.zhushan.plan.indicator.keyprojects;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * The year's key-project investment figure: completed against the annual plan. The ratio is a
 * percentage with one decimal, rounded half up, as the district reports it (34.13亿元 of 30.78亿元 = 110.9%).
 *
 * @param completed           year-to-date investment completed, yuan
 * @param annualPlanned       annual planned investment of the projects that have a plan, yuan
 * @param completionPercent   completed / planned × 100, or null without a plan
 */
public record InvestmentCompletion(int year, int projects, BigDecimal completed, BigDecimal annualPlanned,
                                   BigDecimal completionPercent) {

    public static InvestmentCompletion of(int year, Collection<ProjectInvestment> investments) {
        BigDecimal completed = investments.stream().map(ProjectInvestment::yearToDateInvestment)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal planned = investments.stream().map(ProjectInvestment::annualPlannedInvestment)
                .filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal percent = planned.signum() == 0 ? null
                : completed.multiply(BigDecimal.valueOf(100)).divide(planned, 1, RoundingMode.HALF_UP);
        return new InvestmentCompletion(year, investments.size(), completed, planned, percent);
    }
}
