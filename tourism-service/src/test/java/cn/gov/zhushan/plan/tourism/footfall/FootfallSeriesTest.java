package cn.gov.zhushan.plan.tourism.footfall;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.zhushan.plan.tourism.footfall.FootfallSeries.Granularity;
import cn.gov.zhushan.plan.tourism.footfall.FootfallSeries.Quarter;
import cn.gov.zhushan.plan.tourism.footfall.FootfallSeries.Span;
import cn.gov.zhushan.plan.tourism.footfall.FootfallSeries.Window;
import cn.gov.zhushan.plan.tourism.sites.OpeningDay;

class FootfallSeriesTest {

    private static final LocalDate OCT_1 = LocalDate.of(2024, 10, 1);
    private static final Span CALENDAR_OCT_1 = new Span(OCT_1.atStartOfDay(), OCT_1.plusDays(1).atStartOfDay());

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

        List<Window> hours = FootfallSeries.windows(OCT_1, CALENDAR_OCT_1, quarters, Granularity.HOUR);
        assertThat(hours).extracting(Window::in).containsExactly(180L, 5L, 0L);
        assertThat(hours).extracting(Window::out).containsExactly(80L, 40L, 45L);
        assertThat(hours).extracting(Window::occupancy).containsExactly(100L, 65L, 20L);
        assertThat(hours).extracting(Window::peakOccupancy).containsExactly(150L, 65L, 20L);
        assertThat(hours.get(0).start()).isEqualTo(OCT_1.atTime(9, 0));
        assertThat(hours.get(0).end()).isEqualTo(OCT_1.atTime(10, 0));

        List<Window> quarterly = FootfallSeries.windows(OCT_1, CALENDAR_OCT_1, quarters, Granularity.QUARTER_HOUR);
        assertThat(quarterly).hasSize(5);
        assertThat(quarterly.get(1).in()).isEqualTo(70);
        assertThat(quarterly.get(1).end()).isEqualTo(OCT_1.atTime(9, 30));

        Window day = FootfallSeries.day(OCT_1, CALENDAR_OCT_1, quarters);
        assertThat(day.in()).isEqualTo(185);
        assertThat(day.out()).isEqualTo(165);
        assertThat(day.occupancy()).isEqualTo(20);
        assertThat(day.peakOccupancy()).isEqualTo(150);
    }

    @Test
    void aCalendarDaySiteStartsAgainAtMidnightAndOtherDaysAreIgnored() {
        List<Quarter> quarters = List.of(q("A", 23, 45, 100, 0),
                new Quarter("A", LocalDateTime.of(2024, 10, 2, 0, 0), 0, 30));
        assertThat(FootfallSeries.day(OCT_1, CALENDAR_OCT_1, quarters).occupancy()).isEqualTo(100);
        Window next = FootfallSeries.day(LocalDate.of(2024, 10, 2), calendar(LocalDate.of(2024, 10, 2)), quarters);
        assertThat(next.in()).isZero();
        assertThat(next.out()).isEqualTo(30);
        assertThat(FootfallSeries.day(LocalDate.of(2024, 10, 3), calendar(LocalDate.of(2024, 10, 3)), quarters).in())
                .isZero();
    }

    @Test
    void theDistrictSumsSitesBeforeTakingThePeak() {
        List<Quarter> quarters = List.of(q("A", 10, 0, 100, 0), q("B", 10, 15, 100, 0), q("A", 10, 30, 0, 100));
        Window district = FootfallSeries.day(OCT_1, CALENDAR_OCT_1, quarters);
        assertThat(district.peakOccupancy()).isEqualTo(200);
        assertThat(district.occupancy()).isEqualTo(100);
    }

    @Test
    void aNightDistrictsOpeningDayRunsPastMidnightSoItsOccupancyNeverGoesNegative() {
        // Taoxichuan is open 10:00-02:00: its opening day starts at 06:00, in the middle of the closed hours
        OpeningDay night = OpeningDay.of(LocalTime.of(10, 0), LocalTime.of(2, 0));
        assertThat(night.start()).isEqualTo(LocalTime.of(6, 0));
        LocalDateTime oct2 = OCT_1.plusDays(1).atStartOfDay();
        List<Quarter> quarters = List.of(
                nightQuarter(night, OCT_1.atTime(21, 0), 900, 100),
                nightQuarter(night, oct2.plusMinutes(30), 0, 500),      // 00:30: the evening is still going
                nightQuarter(night, oct2.plusHours(1).plusMinutes(45), 0, 300), // 01:45: everyone has left
                nightQuarter(night, oct2.plusHours(11), 40, 0));         // 11:00 on 2 October: the next opening day
        assertThat(quarters).extracting(Quarter::day)
                .containsExactly(OCT_1, OCT_1, OCT_1, OCT_1.plusDays(1));

        Span span = new Span(night.startOf(OCT_1), night.endOf(OCT_1));
        List<Window> hours = FootfallSeries.windows(OCT_1, span, quarters, Granularity.HOUR);
        assertThat(hours).extracting(Window::occupancy).containsExactly(800L, 300L, 0L);
        assertThat(hours).allSatisfy(w -> assertThat(w.occupancy()).isNotNegative());
        assertThat(hours.get(2).start()).isEqualTo(oct2.plusHours(1));

        Window day = FootfallSeries.day(OCT_1, span, quarters);
        assertThat(day.start()).isEqualTo(OCT_1.atTime(6, 0));
        assertThat(day.end()).isEqualTo(oct2.plusHours(6));
        assertThat(day.in()).isEqualTo(900);
        assertThat(day.out()).isEqualTo(900);
        assertThat(day.occupancy()).isZero();
        assertThat(day.peakOccupancy()).isEqualTo(800);
        Window next = FootfallSeries.day(OCT_1.plusDays(1), new Span(night.startOf(OCT_1.plusDays(1)),
                night.endOf(OCT_1.plusDays(1))), quarters);
        assertThat(next.in()).isEqualTo(40);
        assertThat(next.occupancy()).isEqualTo(40);
    }

    @Test
    void theDistrictAddsEachSiteWithinItsOwnOpeningDay() {
        OpeningDay night = OpeningDay.of(LocalTime.of(10, 0), LocalTime.of(2, 0));
        LocalDateTime oct2 = OCT_1.plusDays(1).atStartOfDay();
        List<Quarter> quarters = List.of(
                q("MUSEUM", 20, 0, 50, 0),                                   // calendar-day site
                nightQuarter(night, OCT_1.atTime(20, 0), 500, 0),
                new Quarter("MUSEUM", oct2.plusMinutes(15), 0, 50),          // its next day: not in 1 October
                nightQuarter(night, oct2.plusMinutes(15), 0, 400));
        Span district = new Span(OCT_1.atStartOfDay(), oct2.plusHours(6));
        List<Window> quarterly = FootfallSeries.windows(OCT_1, district, quarters, Granularity.QUARTER_HOUR);
        assertThat(quarterly).extracting(Window::occupancy).containsExactly(550L, 150L);
        assertThat(FootfallSeries.day(OCT_1, district, quarters).in()).isEqualTo(550);
    }

    @Test
    void sitesClosedAtMidnightCountCalendarDays() {
        assertThat(OpeningDay.of(LocalTime.of(8, 30), LocalTime.of(22, 30))).isEqualTo(OpeningDay.CALENDAR);
        assertThat(OpeningDay.of(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)).isEqualTo(OpeningDay.CALENDAR);
        // Taoran market 16:00-01:00: closed 01:00-16:00, the day starts at 08:00 (08:30 rounded down to the hour)
        OpeningDay market = OpeningDay.of(LocalTime.of(16, 0), LocalTime.of(1, 0));
        assertThat(market.start()).isEqualTo(LocalTime.of(8, 0));
        assertThat(market.dayOf(OCT_1.plusDays(1).atTime(7, 59))).isEqualTo(OCT_1);
        assertThat(market.dayOf(OCT_1.plusDays(1).atTime(8, 0))).isEqualTo(OCT_1.plusDays(1));
        assertThat(OpeningDay.CALENDAR.dayOf(OCT_1.atTime(23, 59, 59))).isEqualTo(OCT_1);
        assertThat(OpeningDay.CALENDAR.dayOf(OCT_1.plusDays(1).atStartOfDay())).isEqualTo(OCT_1.plusDays(1));
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

    private static Span calendar(LocalDate day) {
        return new Span(day.atStartOfDay(), day.plusDays(1).atStartOfDay());
    }

    private static Quarter nightQuarter(OpeningDay openingDay, LocalDateTime start, long in, long out) {
        return new Quarter("TAOXICHUAN", openingDay.dayOf(start), start, in, out);
    }

    private static Quarter q(String site, int hour, int minute, long in, long out) {
        return new Quarter(site, OCT_1.atTime(hour, minute), in, out);
    }
}
