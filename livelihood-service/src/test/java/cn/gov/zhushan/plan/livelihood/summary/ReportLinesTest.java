package cn.gov.zhushan.plan.livelihood.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gov.zhushan.plan.livelihood.summary.ProgramYear.Counts;

class ReportLinesTest {

    private static ProgramYear year(String code, long households, long persons, long onceHouseholds, long oncePersons, String amount) {
        return new ProgramYear(code, 12, new Counts(households, persons), new Counts(onceHouseholds, oncePersons),
                ProgramYear.PAYMENTS, new BigDecimal(amount));
    }

    @Test
    void dibaoAddsUrbanAndRuralAndKeepsYearEndApartFromPaidAtLeastOnce() {
        List<ReportLines.Line> lines = ReportLines.lines(Map.of(
                "DIBAO_URBAN", year("DIBAO_URBAN", 5_000, 7_000, 5_100, 7_150, "50000000.00"),
                "DIBAO_RURAL", year("DIBAO_RURAL", 1_634, 2_042, 1_700, 2_100, "21658996.00")));
        ReportLines.Line dibao = lines.get(0);
        assertThat(dibao.nameZh()).isEqualTo("城乡低保");
        assertThat(dibao.yearEnd()).isEqualTo(new Counts(6_634, 9_042));
        assertThat(dibao.paidAtLeastOnce()).isEqualTo(new Counts(6_800, 9_250));
        assertThat(dibao.amountYuan()).isEqualByComparingTo("71658996.00");
        assertThat(dibao.amountWanYuan()).isEqualByComparingTo("7165.90");
    }

    @Test
    void theDisabilityLineHasAmountsButNoCountsSinceOnePersonMayGetBothSubsidies() {
        ReportLines.Line disability = ReportLines.lines(Map.of(
                "DISABILITY_LIVING", year("DISABILITY_LIVING", 1_894, 1_894, 1_894, 1_894, "2045520.00"),
                "DISABILITY_CARE", year("DISABILITY_CARE", 1_994, 1_994, 1_994, 1_994, "2392800.00"))).get(2);
        assertThat(disability.amountWanYuan()).isEqualByComparingTo("443.83");
        assertThat(disability.yearEnd()).isNull();
        assertThat(disability.programs()).hasSize(2);
    }

    @Test
    void aProgramWithoutCyclesGivesZeroNotAnError() {
        ReportLines.Line reward = ReportLines.lines(Map.of()).get(3);
        assertThat(reward.key()).isEqualTo("oneChildRewards");
        assertThat(reward.amountYuan()).isEqualByComparingTo("0");
        assertThat(reward.yearEnd()).isEqualTo(Counts.ZERO);
    }
}
