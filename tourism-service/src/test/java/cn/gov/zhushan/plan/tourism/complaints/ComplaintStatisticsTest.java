package cn.gov.zhushan.plan.tourism.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class ComplaintStatisticsTest {

    private static final Instant T0 = Instant.parse("2024-10-02T02:00:00Z");

    @Test
    void countsRefundsMedianResolutionAndSatisfaction() {
        Complaint a = resolved(Duration.ofHours(2), "100.50", 5);
        Complaint b = resolved(Duration.ofHours(4), "200.00", 4);
        Complaint c = resolved(Duration.ofHours(9), "0", 2);
        Complaint open = new Complaint("C-4", null, Complaint.Category.SERVICE, "queue", null, "bureau", T0);

        ComplaintStatistics stats = ComplaintStatistics.of(List.of(a, b, c, open));
        assertThat(stats.count()).isEqualTo(4);
        assertThat(stats.resolved()).isEqualTo(3);
        assertThat(stats.refundsTotal()).isEqualByComparingTo(new BigDecimal("300.50"));
        assertThat(stats.medianResolutionHours()).isEqualByComparingTo(new BigDecimal("4.0"));
        assertThat(stats.surveyed()).isEqualTo(3);
        assertThat(stats.satisfactionRatePercent()).isEqualByComparingTo(new BigDecimal("66.7"));
    }

    @Test
    void emptyPeriodsHaveNoMedianOrRate() {
        ComplaintStatistics stats = ComplaintStatistics.of(List.of());
        assertThat(stats.medianResolutionHours()).isNull();
        assertThat(stats.satisfactionRatePercent()).isNull();
        assertThat(stats.refundsTotal()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    private static Complaint resolved(Duration after, String refund, int score) {
        Complaint c = new Complaint("C-x", null, Complaint.Category.INTEGRITY_REFUND, "price", "TAOYANGLI", "bureau", T0);
        c.resolve("refunded", new BigDecimal(refund), T0.plus(after));
        c.rate(score, T0.plus(after));
        return c;
    }
}
