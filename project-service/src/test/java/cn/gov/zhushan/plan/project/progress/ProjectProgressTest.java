package cn.gov.zhushan.plan.project.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import cn.gov.zhushan.plan.platform.web.BusinessRuleException;
import cn.gov.zhushan.plan.project.lifecycle.ProjectStage;
import cn.gov.zhushan.plan.project.registry.Project;
import cn.gov.zhushan.plan.project.registry.ProjectCategory;
import cn.gov.zhushan.plan.project.registry.ProjectDescription;

class ProjectProgressTest {

    static Project underConstructionSince(LocalDate start) {
        Project project = new Project("P1", new ProjectDescription("n", ProjectCategory.INDUSTRY, "u", null, null, null,
                false, BigDecimal.TEN, null, null));
        project.moveTo(ProjectStage.SIGNED, start.minusMonths(1), "t", Instant.EPOCH, null);
        project.moveTo(ProjectStage.UNDER_CONSTRUCTION, start, "t", Instant.EPOCH, null);
        return project;
    }

    private static MonthlyProgress month(String month, String amount) {
        return new MonthlyProgress(month, new BigDecimal(amount), null, null, "test", Instant.EPOCH);
    }

    @Test
    void yearToDateSumsTheYearsMonthsUpToTheMonthOnly() {
        Project project = underConstructionSince(LocalDate.of(2023, 12, 1));
        project.record(month("2023-12", "999"));
        project.record(month("2024-01", "100.10"));
        project.record(month("2024-03", "200.20"));
        project.record(month("2024-05", "50"));
        assertThat(project.yearToDate(YearMonth.of(2024, 3))).isEqualByComparingTo("300.30");
        assertThat(project.yearToDate(YearMonth.of(2024, 12))).isEqualByComparingTo("350.30");
        assertThat(project.cumulativeInvestment()).isEqualByComparingTo("1349.30");
    }

    @Test
    void aCorrectionReplacesTheMonthAndKeepsTheOldReportAsRevision() {
        Project project = underConstructionSince(LocalDate.of(2024, 1, 1));
        project.record(month("2024-01", "100"));
        project.record(month("2024-01", "120"));
        assertThat(project.yearToDate(YearMonth.of(2024, 1))).isEqualByComparingTo("120");
        assertThat(project.progressRevisions()).extracting(MonthlyProgress::investmentCompleted)
                .containsExactly(new BigDecimal("100"));
    }

    @Test
    void noInvestmentBeforeConstructionStarted() {
        Project project = underConstructionSince(LocalDate.of(2024, 3, 15));
        assertThatThrownBy(() -> project.record(month("2024-02", "1"))).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("2024-03-15");
        project.record(month("2024-03", "1"));
        Project notStarted = new Project("P2", new ProjectDescription("n", ProjectCategory.INDUSTRY, "u", null, null,
                null, false, BigDecimal.TEN, null, null));
        assertThatThrownBy(() -> notStarted.record(month("2024-03", "1"))).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("NEGOTIATION");
    }

    @Test
    void futureMonthsAreRefused() {
        ProgressRules.requireNotFuture(YearMonth.of(2024, 9), YearMonth.of(2024, 9));
        assertThatThrownBy(() -> ProgressRules.requireNotFuture(YearMonth.of(2024, 10), YearMonth.of(2024, 9)))
                .isInstanceOf(BusinessRuleException.class);
    }
}
