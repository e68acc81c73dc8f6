package cn.gov.zhushan.plan.indicator.keyprojects;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class InvestmentCompletionTest {

    private static ProjectInvestment project(String code, String completed, String planned) {
        return new ProjectInvestment(code + ":2024", code, code, false, 2024, "2024-12", new BigDecimal(completed),
                planned == null ? null : new BigDecimal(planned), 1);
    }

    @Test
    void theDistricts2024FigureComesOutAs110Point9Percent() {
        // 2024: 34.13亿元 completed of the annual plan, reported as 110.9%
        InvestmentCompletion completion = InvestmentCompletion.of(2024, List.of(
                project("A", "2000000000", "1800000000"),
                project("B", "1413000000", "1278000000")));
        assertThat(completion.completed()).isEqualByComparingTo("3413000000");
        assertThat(completion.annualPlanned()).isEqualByComparingTo("3078000000");
        assertThat(completion.completionPercent()).isEqualByComparingTo("110.9");
        assertThat(completion.projects()).isEqualTo(2);
    }

    @Test
    void withoutAnyPlanThereIsNoRatio() {
        InvestmentCompletion completion = InvestmentCompletion.of(2024, List.of(project("A", "5", null)));
        assertThat(completion.completionPercent()).isNull();
        assertThat(completion.completed()).isEqualByComparingTo("5");
    }
}
