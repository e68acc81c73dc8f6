package cn.gov.zhushan.plan.livelihood.programs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

class StandardsInEffectTest {

    private static final SubsidyProgram DIBAO = new SubsidyProgram("DIBAO_URBAN", "", "", "STANDARD_MINUS_INCOME",
            new BigDecimal("900.00"), "MONTHLY", "", "HOUSEHOLD", "URBAN", null, "DIBAO");

    private static BenefitStandard standard(String code, String from, String amount) {
        return new BenefitStandard(BenefitStandard.idOf(code, from), code, from, new BigDecimal(amount), List.of(), 0L);
    }

    @Test
    void theStandardForAMonthIsTheLatestThatTookEffectInOrBeforeIt() {
        List<BenefitStandard> standards = List.of(standard("DIBAO_URBAN", "2024-07", "950.00"),
                standard("DIBAO_URBAN", "2024-01", "920.00"), standard("DIBAO_RURAL", "2023-01", "700.00"));
        assertThat(StandardsInEffect.forMonth(DIBAO, standards, YearMonth.of(2023, 12))).isEqualByComparingTo("900.00");
        assertThat(StandardsInEffect.forMonth(DIBAO, standards, YearMonth.of(2024, 1))).isEqualByComparingTo("920.00");
        assertThat(StandardsInEffect.forMonth(DIBAO, standards, YearMonth.of(2024, 6))).isEqualByComparingTo("920.00");
        assertThat(StandardsInEffect.forMonth(DIBAO, standards, YearMonth.of(2024, 7))).isEqualByComparingTo("950.00");
    }

    @Test
    void theBenefitIsComputedWithTheStandardInEffect() {
        SubsidyProgram july = StandardsInEffect.asOf(DIBAO, List.of(standard("DIBAO_URBAN", "2024-07", "950.00")), YearMonth.of(2024, 7));
        // (950 - 600) x 3
        assertThat(BenefitRule.monthlyEntitlement(july, 3, new BigDecimal("600.00"))).isEqualByComparingTo("1050.00");
        assertThat(july.code()).isEqualTo("DIBAO_URBAN");
    }

    @Test
    void aChangeKeepsTheAmountBeforeAndAfterInTheHistory() {
        BenefitStandard set = standard("DIBAO_URBAN", "2024-07", "950.00").set(new BigDecimal("960.00"), "admin", java.time.Instant.EPOCH, "调标");
        assertThat(set.monthlyAmount()).isEqualByComparingTo("960.00");
        assertThat(set.history()).singleElement().satisfies(c -> {
            assertThat(c.before()).isEqualByComparingTo("950.00");
            assertThat(c.after()).isEqualByComparingTo("960.00");
            assertThat(c.by()).isEqualTo("admin");
        });
    }
}
