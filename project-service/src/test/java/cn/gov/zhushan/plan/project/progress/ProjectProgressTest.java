package cn.gov.zhushan.plan.project.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import cn.gov.zhushan.plan.platform.web.BusinessRuleException;
import cn.gov.zhushan.plan.project.registry.Project;
import cn.gov.zhushan.plan.project.registry.ProjectCategory;

class ProjectProgressTest {

    private static MonthlyProgress month(String month, String amount) {
        return new MonthlyProgress(month, new BigDecimal(amount), null, null, "test", Instant.EPOCH);
    }

    @Test
    void yearToDateSumsTheYearsMonthsUpToTheMonthOnly() {
        Project project = new Project("P1", "n", ProjectCategory.INDUSTRY, "u", false, BigDecimal.TEN);
        project.record(month("2023-12", "999"));
        project.record(month("2024-01", "100.10"));
        project.record(month("2024-03", "200.20"));
        project.record(month("2024-05", "50"));
        assertThat(project.yearToDate(YearMonth.of(2024, 3))).isEqualByComparingTo("300.30");
        assertThat(project.yearToDate(YearMonth.of(2024, 12))).isEqualByComparingTo("350.30");
    }

    @Test
    void aCorrectionReplacesTheMonthAndKeepsTheOldReportAsRevision() {
        Project project = new Project("P1", "n", ProjectCategory.INDUSTRY, "u", false, BigDecimal.TEN);
        project.record(month("2024-01", "100"));
        project.record(month("2024-01", "120"));
        assertThat(project.yearToDate(YearMonth.of(2024, 1))).isEqualByComparingTo("120");
        assertThat(project.progressRevisions()).extracting(MonthlyProgress::investmentCompleted)
                .containsExactly(new BigDecimal("100"));
    }

    @Test
    void futureMonthsAreRefused() {
        ProgressRules.requireNotFuture(YearMonth.of(2024, 9), YearMonth.of(2024, 9));
        assertThatThrownBy(() -> ProgressRules.requireNotFuture(YearMonth.of(2024, 10), YearMonth.of(2024, 9)))
                .isInstanceOf(BusinessRuleException.class);
    }
}
