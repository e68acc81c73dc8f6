package cn.gov.zhushan.plan.project.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.zhushan.plan.project.demo.DemoPortfolio2024;
import cn.gov.zhushan.plan.project.lifecycle.ProjectStage;
import cn.gov.zhushan.plan.project.progress.MonthlyProgress;
import cn.gov.zhushan.plan.project.registry.Project;
import cn.gov.zhushan.plan.project.registry.ProjectDescription;

class PortfolioTest {

    private static List<Project> demoProjects() {
        List<Project> projects = new ArrayList<>();
        for (DemoPortfolio2024.DemoProject demo : DemoPortfolio2024.projects()) {
            Project p = new Project(demo.code(), new ProjectDescription(demo.name(), demo.category(), "u", null, null,
                    null, demo.onCityList(), demo.totalPlanned(), null, null));
            p.planYear(2024, demo.annualPlanned(), "t", Instant.EPOCH);
            p.moveTo(ProjectStage.SIGNED, LocalDate.of(2023, 12, 1), "t", Instant.EPOCH, null);
            p.moveTo(ProjectStage.UNDER_CONSTRUCTION, LocalDate.of(2024, 1, 1), "t", Instant.EPOCH, null);
            for (int m = 1; m <= 12; m++) {
                p.record(new MonthlyProgress(YearMonth.of(2024, m).toString(), demo.monthly().get(m - 1), null, null,
                        "t", Instant.EPOCH));
            }
            projects.add(p);
        }
        return projects;
    }

    @Test
    void theReports2024PortfolioComesOutAt110Point9Percent() {
        Portfolio portfolio = Portfolio.of(2024, YearMonth.of(2024, 12), demoProjects(), BigDecimal.TEN);
        assertThat(portfolio.projects()).isEqualTo(41);
        assertThat(portfolio.totalPlannedInvestment()).isEqualByComparingTo("23555000000"); // 235.55亿元
        assertThat(portfolio.completedInvestment()).isEqualByComparingTo("3413000000");     // 34.13亿元
        assertThat(portfolio.completionPercent()).isEqualByComparingTo("110.9");
        assertThat(portfolio.lagging()).isEmpty();
        assertThat(portfolio.byCategory().values().stream().mapToInt(Portfolio.Slice::projects).sum()).isEqualTo(41);
        assertThat(DemoPortfolio2024.projects().stream().filter(DemoPortfolio2024.DemoProject::onCityList).count())
                .isEqualTo(20);
    }

    @Test
    void aProjectBehindTheYearsPaceByMoreThanTheMarginLags() {
        List<Project> projects = demoProjects();
        // by June half the year has gone; a project with nothing reported after January lags
        Portfolio june = Portfolio.of(2024, YearMonth.of(2024, 6), projects, BigDecimal.TEN);
        assertThat(june.lagging()).isEmpty(); // demo projects spend evenly and beat the plan
        Project slow = new Project("SLOW", new ProjectDescription("慢项目", cn.gov.zhushan.plan.project.registry.ProjectCategory.ECOLOGY,
                "u", null, null, null, false, new BigDecimal("1000"), null, null));
        slow.planYear(2024, new BigDecimal("1200"), "t", Instant.EPOCH);
        slow.moveTo(ProjectStage.SIGNED, LocalDate.of(2024, 1, 1), "t", Instant.EPOCH, null);
        slow.moveTo(ProjectStage.UNDER_CONSTRUCTION, LocalDate.of(2024, 1, 1), "t", Instant.EPOCH, null);
        slow.record(new MonthlyProgress("2024-01", new BigDecimal("400"), null, null, "t", Instant.EPOCH));
        projects.add(slow);
        // 400 of 1200 = 33.3%, half the year = 50.0%, margin 10 → lagging; at margin 20 it is not
        assertThat(Portfolio.of(2024, YearMonth.of(2024, 6), projects, BigDecimal.TEN).lagging())
                .extracting(Portfolio.LaggingProject::code).containsExactly("SLOW");
        assertThat(Portfolio.of(2024, YearMonth.of(2024, 6), projects, new BigDecimal("20")).lagging()).isEmpty();
    }

    @Test
    void aYearNotBegunHasItsPlansAndNothingCompletedAndThe2025WorksAreNot2024Projects() {
        Portfolio future = Portfolio.of(2024, null, demoProjects(), BigDecimal.TEN);
        assertThat(future.asOfMonth()).isNull();
        assertThat(future.projects()).isEqualTo(41);
        assertThat(future.completedInvestment()).isZero();
        assertThat(future.lagging()).isEmpty();
        assertThat(DemoPortfolio2024.projects()).extracting(DemoPortfolio2024.DemoProject::name)
                .noneMatch(n -> n.contains("观音阁") || n.contains("南河左岸") || n.contains("人民广场")
                        || n.contains("湖田排涝站") || n.contains("老鸦滩"));
    }
}
