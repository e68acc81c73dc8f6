package cn.gov.zhushan.plan.project.portfolio;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.gov.zhushan.plan.project.lifecycle.ProjectStage;
import cn.gov.zhushan.plan.project.registry.Project;
import cn.gov.zhushan.plan.project.registry.ProjectCategory;

/**
 * A year's key-project portfolio: the projects with an annual plan that year, total and annual planned
 * investment against what was completed, by category and by stage, and the projects that lag.
 * Amounts in yuan; percentages with one decimal, half up (34.13亿元 of 30.78亿元 = 110.9%).
 */
public record Portfolio(int year, String asOfMonth, int projects, BigDecimal totalPlannedInvestment,
                        BigDecimal annualPlannedInvestment, BigDecimal completedInvestment, BigDecimal completionPercent,
                        Map<ProjectCategory, Slice> byCategory, Map<ProjectStage, Slice> byStage,
                        List<LaggingProject> lagging, PortfolioPlan plan, String currency) {

    public Portfolio withPlan(PortfolioPlan yearPlan) {
        return new Portfolio(year, asOfMonth, projects, totalPlannedInvestment, annualPlannedInvestment,
                completedInvestment, completionPercent, byCategory, byStage, lagging, yearPlan, currency);
    }

    /** Part of the portfolio. */
    public record Slice(int projects, BigDecimal annualPlanned, BigDecimal completed) {

        Slice plus(BigDecimal planned, BigDecimal done) {
            return new Slice(projects + 1, annualPlanned.add(planned), completed.add(done));
        }
    }

    /** A project whose completion trails the share of the year elapsed by more than the margin. */
    public record LaggingProject(String code, String name, BigDecimal annualPlanned, BigDecimal completed,
                                 BigDecimal completionPercent, BigDecimal yearElapsedPercent) {
    }

    /**
     * @param asOf the last month counted (December for a past year); null for a year that has not begun
     */
    public static Portfolio of(int year, YearMonth asOf, Collection<Project> all, BigDecimal laggingMarginPercent) {
        BigDecimal yearElapsed = asOf == null ? BigDecimal.ZERO
                : percent(BigDecimal.valueOf(asOf.getMonthValue()), BigDecimal.valueOf(12));
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal planned = BigDecimal.ZERO;
        BigDecimal completed = BigDecimal.ZERO;
        int count = 0;
        Map<ProjectCategory, Slice> byCategory = new TreeMap<>();
        Map<ProjectStage, Slice> byStage = new TreeMap<>();
        List<LaggingProject> lagging = new ArrayList<>();
        for (Project project : all) {
            BigDecimal plan = project.annualPlan(year).orElse(null);
            if (plan == null || project.stage() == ProjectStage.CANCELLED) {
                continue;
            }
            BigDecimal done = asOf == null ? BigDecimal.ZERO : project.yearToDate(asOf);
            count++;
            total = total.add(project.totalPlannedInvestment());
            planned = planned.add(plan);
            completed = completed.add(done);
            Slice empty = new Slice(0, BigDecimal.ZERO, BigDecimal.ZERO);
            byCategory.merge(project.category(), empty.plus(plan, done), (a, b) -> a.plus(plan, done));
            byStage.merge(project.stage(), empty.plus(plan, done), (a, b) -> a.plus(plan, done));
            if (asOf != null && plan.signum() > 0) {
                BigDecimal ratio = percent(done, plan);
                if (ratio.add(laggingMarginPercent).compareTo(yearElapsed) < 0) {
                    lagging.add(new LaggingProject(project.code(), project.name(), plan, done, ratio, yearElapsed));
                }
            }
        }
        return new Portfolio(year, asOf == null ? null : asOf.toString(), count, total, planned, completed,
                planned.signum() == 0 ? null : percent(completed, planned), byCategory, byStage, lagging, null, "CNY");
    }

    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
    }
}
