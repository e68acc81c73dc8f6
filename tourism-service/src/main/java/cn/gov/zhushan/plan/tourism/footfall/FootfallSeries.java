package cn.gov.zhushan.plan.tourism.footfall;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns stored 15-minute counts into the windows people ask for. Occupancy is "in minus out since the start
 * of the site's opening day" (see {@link cn.gov.zhushan.plan.tourism.sites.OpeningDay}: the calendar day,
 * or for a site open past midnight a day that starts in its closed hours), taken at the end of each
 * 15-minute window; the peak occupancy of an hour or a day is the highest of those quarter-end values (so
 * its resolution is 15 minutes). Counts from several sites are summed quarter by quarter, each site within
 * its own opening day, which gives the district view.
 */
public final class FootfallSeries {

    public static final LocalTime NIGHT_START = LocalTime.of(18, 0);
    public static final LocalTime NIGHT_END = LocalTime.of(2, 0);

    private FootfallSeries() {
    }

    public enum Granularity {
        QUARTER_HOUR(15), HOUR(60), DAY(24 * 60);

        final int minutes;

        Granularity(int minutes) {
            this.minutes = minutes;
        }
    }

    /**
     * A stored 15-minute count: local (Asia/Shanghai) window start and the opening day it belongs to.
     */
    public record Quarter(String site, LocalDate day, LocalDateTime start, long in, long out) {

        /** A quarter of a site whose opening day is the calendar day. */
        public Quarter(String site, LocalDateTime start, long in, long out) {
            this(site, start.toLocalDate(), start, in, out);
        }
    }

    /** The local time span of an opening day: one site's, or the district's (earliest start to latest end). */
    public record Span(LocalDateTime start, LocalDateTime end) {
    }

    /** One output window; {@code occupancy} is at its end, {@code peakOccupancy} the highest quarter-end value in it. */
    public record Window(LocalDateTime start, LocalDateTime end, long in, long out, long occupancy, long peakOccupancy) {
    }

    /** Windows of one opening day that hold counts, in time order; a DAY window covers {@code span}. */
    public static List<Window> windows(LocalDate day, Span span, Collection<Quarter> quarters, Granularity granularity) {
        TreeMap<LocalDateTime, long[]> byQuarter = new TreeMap<>();
        for (Quarter q : quarters) {
            if (q.day().equals(day)) {
                long[] sum = byQuarter.computeIfAbsent(q.start(), k -> new long[2]);
                sum[0] += q.in();
                sum[1] += q.out();
            }
        }
        List<Window> result = new ArrayList<>();
        long occupancy = 0;
        LocalDateTime bucket = null;
        long in = 0;
        long out = 0;
        long peak = 0;
        for (Map.Entry<LocalDateTime, long[]> entry : byQuarter.entrySet()) {
            LocalDateTime start = granularity == Granularity.DAY ? span.start()
                    : DistrictTime.floor(entry.getKey(), granularity.minutes);
            if (!start.equals(bucket)) {
                if (bucket != null) {
                    result.add(window(bucket, granularity, span, in, out, occupancy, peak));
                }
                bucket = start;
                in = 0;
                out = 0;
                peak = Long.MIN_VALUE;
            }
            in += entry.getValue()[0];
            out += entry.getValue()[1];
            occupancy += entry.getValue()[0] - entry.getValue()[1];
            peak = Math.max(peak, occupancy);
        }
        if (bucket != null) {
            result.add(window(bucket, granularity, span, in, out, occupancy, peak));
        }
        return result;
    }

    private static Window window(LocalDateTime start, Granularity granularity, Span span, long in, long out,
                                 long occupancy, long peak) {
        LocalDateTime end = granularity == Granularity.DAY ? span.end() : start.plusMinutes(granularity.minutes);
        return new Window(start, end, in, out, occupancy, peak);
    }

    /** The whole opening day as one window (zeros when nothing was counted). */
    public static Window day(LocalDate day, Span span, Collection<Quarter> quarters) {
        List<Window> windows = windows(day, span, quarters, Granularity.DAY);
        return windows.isEmpty() ? new Window(span.start(), span.end(), 0, 0, 0, 0) : windows.get(0);
    }

    /** In and out during the night window of {@code night}: 18:00 that day to 02:00 the next (wall clock). */
    public static long[] night(LocalDate night, Collection<Quarter> quarters) {
        LocalDateTime from = night.atTime(NIGHT_START);
        LocalDateTime to = night.plusDays(1).atTime(NIGHT_END);
        long[] sum = new long[2];
        for (Quarter q : quarters) {
            if (!q.start().isBefore(from) && q.start().isBefore(to)) {
                sum[0] += q.in();
                sum[1] += q.out();
            }
        }
        return sum;
    }
}
