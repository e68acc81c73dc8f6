package cn.gov.zhushan.plan.indicator.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gov.zhushan.plan.indicator.periods.Period;
import cn.gov.zhushan.plan.indicator.periods.PeriodType;

class WithinYearPathTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void anEvenPathIsRoundedOnceNotAfterARoundedShare() {
        // 6 × 1/12 = 0.5 exactly, which rounds to 1; a share first rounded to 0.0833333333 gave 0.4999999998 -> 0
        assertThat(WithinYearPath.levelAt(d("6"), WithinYearPath.Share.even(1), 0)).isEqualByComparingTo("1");
        assertThat(TargetRules.expectedAt(TargetKind.LEVEL, d("6"), true, Period.parse("2025-01"), 0)).isEqualByComparingTo("1");
        // key-project investment 34.13亿元: by the end of May 14.22亿元
        assertThat(WithinYearPath.levelAt(d("34.13"), WithinYearPath.Share.even(5), 2)).isEqualByComparingTo("14.22");
    }

    @Test
    void aFlowFollowsLastYearsShapeWhereItIsKnown() {
        // 2024 retail sales, cumulative (made-up months, the report's year of 232.6亿元)
        Map<Integer, BigDecimal> lastYear = Map.of(2, d("38.9"), 3, d("57.6"), 12, d("232.6"));
        WithinYearPath.Share march = WithinYearPath.share(3, lastYear);
        assertThat(march.seasonal()).isTrue();
        // the 2025 target's level 245.4亿元 (232.6 × 1.055) by the end of March: 245.4 × 57.6 / 232.6 = 60.77 -> 60.8
        assertThat(WithinYearPath.levelAt(d("245.4"), march, 1)).isEqualByComparingTo("60.8");
        // no April figure last year: April falls back to the even path
        WithinYearPath.Share april = WithinYearPath.share(4, lastYear);
        assertThat(april.seasonal()).isFalse();
        assertThat(WithinYearPath.levelAt(d("245.4"), april, 1)).isEqualByComparingTo("81.8");
        assertThat(WithinYearPath.shape(List.of(march, april))).isEqualTo(WithinYearPath.Shape.MIXED);
        assertThat(WithinYearPath.shape(List.of(march))).isEqualTo(WithinYearPath.Shape.LAST_YEAR);
        assertThat(WithinYearPath.shape(List.of(april))).isEqualTo(WithinYearPath.Shape.EVEN);
    }

    @Test
    void theYearEndProjectionUsesTheSameShape() {
        Map<Integer, BigDecimal> lastYear = Map.of(3, d("57.6"), 12, d("232.6"));
        // 60.0亿元 by March, when March held 57.6 of 232.6 last year: 60 × 232.6 / 57.6 = 242.29
        assertThat(WithinYearPath.projectFlow(d("60.0"), WithinYearPath.share(3, lastYear), 1)).isEqualByComparingTo("242.3");
        // without history: 60 × 12 / 3
        assertThat(WithinYearPath.projectFlow(d("60.0"), WithinYearPath.Share.even(3), 1)).isEqualByComparingTo("240.0");
        // PM2.5 mean of January-March 33 μg/m³, last year's 35.3 for those months and 20.4 for the year
        assertThat(WithinYearPath.projectMean(d("33"), d("35.3"), d("20.4"), 1)).isEqualByComparingTo("19.1");
        assertThat(WithinYearPath.projectMean(d("33.04"), null, null, 1)).isEqualByComparingTo("33.0");
    }

    @Test
    void monthlyMilestonesStartWithJanuaryAndFebruaryTogether() {
        List<Period> months = WithinYearPath.milestones(PeriodType.MONTHLY, 2025);
        assertThat(months).hasSize(11);
        assertThat(months.get(0).toString()).isEqualTo("2025-01_02");
        assertThat(months.get(10).toString()).isEqualTo("2025-12");
        assertThat(WithinYearPath.milestones(PeriodType.QUARTERLY, 2025)).extracting(Period::toString)
                .containsExactly("2025Q1", "2025Q2", "2025Q3", "2025Q4");
        assertThat(WithinYearPath.impliedLevelExact(d("279.6"), d("5"))).isEqualByComparingTo("293.58");
    }
}
