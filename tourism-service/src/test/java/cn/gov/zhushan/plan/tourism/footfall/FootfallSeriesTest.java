package cn.gov.zhushan.plan.tourism.footfall;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.zhushan.plan.tourism.footfall.FootfallSeries.Granularity;
import cn.gov.zhushan.plan.tourism.footfall.FootfallSeries.Quarter;
import cn.gov.zhushan.plan.tourism.footfall.FootfallSeries.Window;

class FootfallSeriesTest {

    private static final LocalDate OCT_1 = LocalDate.of(2024, 10, 1);

    @Test
    void aReadingAtOneSecondBeforeMidnightAndOneAtMidnightLandOnDifferentShanghaiDays() {
        Instant lastSecond = Instant.parse("2024-10-01T15:59:59Z"); // 23:59:59 +08:00
        Instant midnight = Instant.parse("2024-10-01T16:00:00Z");   // 00:00:00 +08:00 on 2 October

        assertThat(DistrictTime.day(lastSecond)).isEqualTo(OCT_1);
        assertThat(DistrictTime.day(midnight)).isEqualTo(LocalDate.of(2024, 10, 2));
        assertThat(DistrictTime.quarterStart(lastSecond)).isEqualTo(LocalDateTime.of(2024, 10, 1, 23, 45));
        assertThat(DistrictTime.quarterStart(midnight)).isEqualTo(LocalDateTime.of(2024, 10, 2, 0, 0));
        assertThat(DistrictTime.windowId("TAOYANGLI", DistrictTime.quarterStart(lastSecond)))
                .isEqualTo("TAOYANGLI|2024-10-01T23:45");
    }

    @Test
    void quarterBoundariesAreHalfOpen() {
        assertThat(DistrictTime.quarterStart(Instant.parse("2024-10-01T01:14:59.999Z")))
                .isEqualTo(LocalDateTime.of(2024, 10, 1, 9, 0));
        assertThat(DistrictTime.quarterStart(Instant.parse("2024-10-01T01:15:00Z")))
                .isEqualTo(LocalDateTime.of(2024, 10, 1, 9, 15));
    }

    @Test
    void occupancyAccumulatesThroughTheDayAndPeakIsTheHighestQuarterEnd() {
        List<Quarter> quarters = List.of(
                q("A", 9, 0, 100, 0),    // 100
                q("A", 9, 15, 50, 20),
                q("A", 9, 45, 10, 60),
                q("A", 10, 0, 5, 40),    // 65
                q("A", 23, 45, 0, 45),   // 20
                q("A", 9, 15, 20, 0));   // a second source at the same quarter: 9:15 ends at 150, 9:45 at 100

        List<Window> hours = FootfallSeries.windows(OCT_1, quarters, Granularity.HOUR);
        assertThat(hours).extracting(Window::in).containsExactly(180L, 5L, 0L);
        assertThat(hours).extracting(Window::out).containsExactly(80L, 40L, 45L);
        assertThat(hours).extracting(Window::occupancy).containsExactly(100L, 65L, 20L);
        assertThat(hours).extracting(Window::peakOccupancy).containsExactly(150L, 65L, 20L);
        assertThat(hours.get(0).start()).isEqualTo(OCT_1.atTime(9, 0));
        assertThat(hours.get(0).end()).isEqualTo(OCT_1.atTime(10, 0));

        List<Window> quarterly = FootfallSeries.windows(OCT_1, quarters, Granularity.QUARTER_HOUR);
        assertThat(quarterly).hasSize(5);
        assertThat(quarterly.get(1).in()).isEqualTo(70);
        assertThat(quarterly.get(1).end()).isEqualTo(OCT_1.atTime(9, 30));

        Window day = FootfallSeries.day(OCT_1, quarters);
        assertThat(day.in()).isEqualTo(185);
        assertThat(day.out()).isEqualTo(165);
        assertThat(day.occupancy()).isEqualTo(20);
        assertThat(day.peakOccupancy()).isEqualTo(150);
    }

    @Test
    void occupancyStartsAgainAtMidnightAndOtherDaysAreIgnored() {
        List<Quarter> quarters = List.of(q("A", 23, 45, 100, 0),
                new Quarter("A", LocalDateTime.of(2024, 10, 2, 0, 0), 0, 30));
        assertThat(FootfallSeries.day(OCT_1, quarters).occupancy()).isEqualTo(100);
        Window next = FootfallSeries.day(LocalDate.of(2024, 10, 2), quarters);
        assertThat(next.in()).isZero();
        assertThat(next.out()).isEqualTo(30);
        assertThat(FootfallSeries.day(LocalDate.of(2024, 10, 3), quarters).in()).isZero();
    }

    @Test
    void theDistrictSumsSitesBeforeTakingThePeak() {
        List<Quarter> quarters = List.of(q("A", 10, 0, 100, 0), q("B", 10, 15, 100, 0), q("A", 10, 30, 0, 100));
        Window district = FootfallSeries.day(OCT_1, quarters);
        assertThat(district.peakOccupancy()).isEqualTo(200);
        assertThat(district.occupancy()).isEqualTo(100);
    }

    @Test
    void theNightWindowRunsFromSixInTheEveningToTwoInTheMorning() {
        List<Quarter> quarters = List.of(
                q("N", 17, 45, 1000, 0),                                           // before the night
                q("N", 18, 0, 10, 0),
                q("N", 23, 45, 20, 5),
                new Quarter("N", LocalDateTime.of(2024, 10, 2, 1, 45), 30, 25),    // still the night of 1 October
                new Quarter("N", LocalDateTime.of(2024, 10, 2, 2, 0), 500, 500)); // after it
        assertThat(FootfallSeries.night(OCT_1, quarters)).containsExactly(60, 30);
    }

    private static Quarter q(String site, int hour, int minute, long in, long out) {
        return new Quarter(site, OCT_1.atTime(hour, minute), in, out);
    }
}
