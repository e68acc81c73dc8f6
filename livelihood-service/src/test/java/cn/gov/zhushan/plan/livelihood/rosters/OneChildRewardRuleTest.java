package cn.gov.zhushan.plan.livelihood.rosters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.zhushan.plan.livelihood.demo.OneChildRewardDemo;
import cn.gov.zhushan.plan.livelihood.summary.ProgramYear.Counts;

class OneChildRewardRuleTest {

    private static RosterTier tier(String standard, long families, String first, String last) {
        return new RosterTier(new BigDecimal(standard), families, families * 2, YearMonth.parse(first), YearMonth.parse(last));
    }

    @Test
    void theDemoRosterReproducesTheReportExactly() {
        List<RosterTier> roster = OneChildRewardDemo.tiers(2024);
        assertThat(OneChildRewardRule.amountForYear(roster, 2024)).isEqualByComparingTo("45784900.00");
        assertThat(OneChildRewardRule.amountForYear(roster, 2024).movePointLeft(4)).isEqualByComparingTo("4578.49");
        assertThat(OneChildRewardRule.paidIn(roster, YearMonth.of(2024, 12))).isEqualTo(new Counts(37_000, 74_000));
        assertThat(OneChildRewardRule.paidAtLeastOnce(roster, 2024)).isEqualTo(new Counts(39_211, 78_422));
    }

    @Test
    void aFamilyIsPaidItsTiersStandardOnlyForTheMonthsTheTierCovers() {
        List<RosterTier> roster = List.of(tier("100.00", 10, "2024-01", "2024-12"), tier("120.00", 5, "2024-07", "2025-06"),
                tier("100.00", 3, "2023-01", "2024-02"));
        assertThat(OneChildRewardRule.amountFor(roster, YearMonth.of(2024, 1))).isEqualByComparingTo("1300.00");
        assertThat(OneChildRewardRule.amountFor(roster, YearMonth.of(2024, 3))).isEqualByComparingTo("1000.00");
        assertThat(OneChildRewardRule.amountFor(roster, YearMonth.of(2024, 7))).isEqualByComparingTo("1600.00");
        // 10 x 100 x 12 + 5 x 120 x 6 + 3 x 100 x 2
        assertThat(OneChildRewardRule.amountForYear(roster, 2024)).isEqualByComparingTo("16200.00");
        assertThat(OneChildRewardRule.paidIn(roster, YearMonth.of(2024, 12)).households()).isEqualTo(15);
        assertThat(OneChildRewardRule.paidAtLeastOnce(roster, 2024).households()).isEqualTo(18);
        assertThat(OneChildRewardRule.paidAtLeastOnce(roster, 2026).households()).isZero();
    }

    @Test
    void aTierThatEndsBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> tier("100.00", 1, "2024-05", "2024-04")).isInstanceOf(IllegalArgumentException.class);
    }
}
