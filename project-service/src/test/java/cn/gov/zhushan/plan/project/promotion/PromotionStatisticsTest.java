package cn.gov.zhushan.plan.project.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PromotionStatisticsTest {

    @Test
    void countsTheReports2024Figures() {
        // 107 trips meeting 110 distinct companies; 12 deals of 1亿元 or more, plus smaller ones and an old one
        List<Lead> leads = new ArrayList<>();
        List<PromotionTrip> trips = new ArrayList<>();
        for (int i = 0; i < 110; i++) {
            leads.add(new Lead("L" + i, "公司" + i, "ceramics", null, LeadStatus.OPEN, null, null, null, null));
        }
        for (int t = 0; t < 107; t++) {
            List<String> met = t < 3 ? List.of("L" + (107 + t), "L" + t) : List.of("L" + t);
            trips.add(new PromotionTrip("T" + t, LocalDate.of(2024, 1 + t % 12, 1), "上海", met));
        }
        trips.add(new PromotionTrip("OLD", LocalDate.of(2023, 5, 1), "深圳", List.of("L0")));
        for (int d = 0; d < 12; d++) {
            leads.set(d, leads.get(d).signed(LocalDate.of(2024, 6, 1), new BigDecimal("100000000").add(BigDecimal.valueOf(d)), null));
        }
        leads.set(20, leads.get(20).signed(LocalDate.of(2024, 7, 1), new BigDecimal("99999999.99"), null));
        leads.set(21, leads.get(21).signed(LocalDate.of(2023, 7, 1), new BigDecimal("500000000"), null));

        PromotionStatistics stats = PromotionStatistics.of(2024, trips, leads);
        assertThat(stats.trips()).isEqualTo(107);
        assertThat(stats.companiesMet()).isEqualTo(110);
        assertThat(stats.dealsSigned()).isEqualTo(13);
        assertThat(stats.dealsOfOneYiOrMore()).isEqualTo(12);
        assertThat(stats.signedAmount()).isEqualByComparingTo("1300000065.99");
    }
}
