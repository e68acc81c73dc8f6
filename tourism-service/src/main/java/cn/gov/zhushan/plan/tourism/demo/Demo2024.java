package cn.gov.zhushan.plan.tourism.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import cn.gov.zhushan.plan.tourism.footfall.DistrictTime;
import cn.gov.zhushan.plan.tourism.footfall.ReadingInput;
import cn.gov.zhushan.plan.tourism.holidays.Holiday;
import cn.gov.zhushan.plan.tourism.sites.Site;

/**
 * The 2024 figures of the work report as demo data, generated deterministically (fixed seed):
 * <ul>
 *   <li>"Night Zhushan" (夜珠山) received {@value #NIGHT_ZHUSHAN_HOLIDAY_VISITS} person-visits during 2024's
 *       statutory holidays: spread over the holiday days (the catalogue's year-2024 holidays) and the sites
 *       open into the evening (closing after 18:00: the night district, the historic blocks with evening
 *       hours, the night market), weighted by capacity, as 15-minute windows inside each site's opening
 *       hours of that day (a night district's evening until it closes after midnight, still its opening day),
 *       busiest in the evening, and sent as gate-counter readings ({@link #readings});</li>
 *   <li>{@value #INTEGRITY_REFUNDS} integrity-refund complaints (诚信退赔), all resolved, refunding
 *       66,333.00 yuan in total, every one rated 4 or 5 (100% satisfaction).</li>
 * </ul>
 * Pure: no I/O, the same inputs always give the same output.
 */
public final class Demo2024 {

    public static final int YEAR = 2024;
    public static final long NIGHT_ZHUSHAN_HOLIDAY_VISITS = 3_657_300L;
    public static final int INTEGRITY_REFUNDS = 114;
    /** Yuan. */
    public static final BigDecimal INTEGRITY_REFUND_TOTAL = new BigDecimal("66333.00");
    static final long SEED = 20_240_101L;
    /** Visitors stay about two hours: a quarter's arrivals leave eight quarters later (or at closing). */
    static final int DWELL_QUARTERS = 8;
    static final LocalTime EVENING = LocalTime.of(18, 0);

    private Demo2024() {
    }

    /** A 15-minute window as the aggregation stores it; local (Asia/Shanghai) start. */
    public record DemoWindow(String site, LocalDateTime start, long in, long out) {
        public String id() {
            return DistrictTime.windowId(site, start);
        }
    }

    /** A resolved and rated integrity-refund complaint; refund in yuan. */
    public record DemoComplaint(String id, String siteCode, Instant requestedAt, Instant resolvedAt,
                                BigDecimal refundAmount, int satisfactionScore) {
    }

    /** The night-belt sites: open after 18:00 (closing later, or after midnight). */
    public static List<Site> nightBelt(Collection<Site> sites) {
        return sites.stream().filter(s -> {
            LocalTime opens = LocalTime.parse(s.opensAt());
            LocalTime closes = LocalTime.parse(s.closesAt());
            return closes.isBefore(opens) || closes.isAfter(EVENING);
        }).sorted(Comparator.comparing(Site::code)).toList();
    }

    /** One holiday's windows; {@code visits} is this holiday's share (see {@link #holidayShares}). */
    public static List<DemoWindow> windows(Holiday holiday, long visits, Collection<Site> sites) {
        List<Site> belt = nightBelt(sites);
        List<LocalDate> days = holiday.days();
        Random random = new Random(SEED ^ holiday.id().hashCode());
        // visits per (day, site): day weight (random 0.8-1.2) x site capacity
        double[] cellWeights = new double[days.size() * belt.size()];
        for (int d = 0; d < days.size(); d++) {
            double day = 0.8 + 0.4 * random.nextDouble();
            for (int s = 0; s < belt.size(); s++) {
                cellWeights[d * belt.size() + s] = day * belt.get(s).capacity();
            }
        }
        long[] cells = apportion(visits, cellWeights);
        List<DemoWindow> windows = new ArrayList<>();
        for (int d = 0; d < days.size(); d++) {
            for (int s = 0; s < belt.size(); s++) {
                windows.addAll(day(belt.get(s), days.get(d), cells[d * belt.size() + s], random));
            }
        }
        return windows;
    }

    /** The holidays' shares of the total: weighted by length, the Spring Festival and National Day count double. */
    public static long[] holidayShares(List<Holiday> holidays) {
        double[] weights = new double[holidays.size()];
        for (int i = 0; i < holidays.size(); i++) {
            Holiday h = holidays.get(i);
            boolean golden = "SPRING_FESTIVAL".equals(h.code()) || "NATIONAL_DAY".equals(h.code());
            weights[i] = h.days().size() * (golden ? 2.0 : 1.0);
        }
        return apportion(NIGHT_ZHUSHAN_HOLIDAY_VISITS, weights);
    }

    /** A site's opening day: arrivals in its opening quarters (past midnight until closing), leaving after the dwell time or at closing. */
    static List<DemoWindow> day(Site site, LocalDate day, long arrivals, Random random) {
        LocalTime opens = LocalTime.parse(site.opensAt());
        LocalTime closes = LocalTime.parse(site.closesAt());
        LocalDateTime from = day.atTime(opens);
        // a site open past midnight stays open into the next calendar day: still this opening day
        LocalDateTime to = closes.isAfter(opens) ? day.atTime(closes) : day.plusDays(1).atTime(closes);
        List<LocalDateTime> quarters = new ArrayList<>();
        for (LocalDateTime q = DistrictTime.floor(from, DistrictTime.QUARTER_MINUTES); q.isBefore(to);
             q = q.plusMinutes(DistrictTime.QUARTER_MINUTES)) {
            quarters.add(q);
        }
        double[] weights = new double[quarters.size()];
        for (int i = 0; i < weights.length; i++) {
            LocalTime t = quarters.get(i).toLocalTime();
            boolean evening = !t.isBefore(EVENING) && t.isBefore(LocalTime.of(22, 0));
            weights[i] = (evening ? 3.0 : 1.0) * (0.7 + 0.6 * random.nextDouble());
        }
        long[] in = apportion(arrivals, weights);
        long[] out = new long[in.length];
        long present = 0;
        for (int i = 0; i < in.length; i++) {
            out[i] = i >= DWELL_QUARTERS ? in[i - DWELL_QUARTERS] : 0;
            present += in[i] - out[i];
        }
        out[out.length - 1] += present; // everyone has left at closing
        List<DemoWindow> windows = new ArrayList<>(in.length);
        for (int i = 0; i < in.length; i++) {
            windows.add(new DemoWindow(site.code(), quarters.get(i), in[i], out[i]));
        }
        return windows;
    }

    /**
     * A window as counter readings: its in and out split evenly over the site's gate counters, and over
     * several readings a minute apart where one would exceed {@code maxCountPerReading} (the ingest rule).
     */
    public static List<ReadingInput> readings(DemoWindow window, Site site, long maxCountPerReading) {
        List<String> gates = site.sources().stream().filter(s -> "GATE_COUNTER".equals(s.kind()))
                .map(Site.CountingSource::id).toList();
        if (gates.isEmpty()) {
            throw new IllegalArgumentException("Site " + site.code() + " has no gate counter");
        }
        long largest = Math.max(window.in(), window.out());
        long perReadingAtMost = gates.size() * maxCountPerReading;
        int perGate = (int) Math.max(1, (largest + perReadingAtMost - 1) / perReadingAtMost);
        if (perGate > DistrictTime.QUARTER_MINUTES) {
            throw new IllegalArgumentException("Window " + window.id() + " is too busy for one reading a minute");
        }
        int parts = perGate * gates.size();
        double[] even = new double[parts];
        java.util.Arrays.fill(even, 1.0);
        long[] in = apportion(window.in(), even);
        long[] out = apportion(window.out(), even);
        List<ReadingInput> readings = new ArrayList<>(parts);
        for (int k = 0; k < parts; k++) {
            if (in[k] == 0 && out[k] == 0) {
                continue;
            }
            String at = window.start().plusMinutes(k / gates.size()).atZone(DistrictTime.ZONE)
                    .toOffsetDateTime().toString();
            readings.add(new ReadingInput(gates.get(k % gates.size()), site.code(), at, in[k], out[k]));
        }
        return readings;
    }

    /** The integrity-refund complaints, requested through 2024 at the night-belt sites. */
    public static List<DemoComplaint> complaints(Collection<Site> sites) {
        List<Site> belt = nightBelt(sites);
        Random random = new Random(SEED + 311);
        double[] weights = new double[INTEGRITY_REFUNDS];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 0.2 + random.nextDouble() * random.nextDouble() * 3; // many small refunds, a few larger ones
        }
        long[] fen = apportion(INTEGRITY_REFUND_TOTAL.movePointRight(2).longValueExact(), weights);
        Instant yearStart = LocalDate.of(YEAR, 1, 1).atStartOfDay(DistrictTime.ZONE).toInstant();
        long yearSeconds = Duration.between(yearStart,
                LocalDate.of(YEAR + 1, 1, 1).atStartOfDay(DistrictTime.ZONE).toInstant()).toSeconds();
        List<DemoComplaint> complaints = new ArrayList<>(INTEGRITY_REFUNDS);
        for (int i = 0; i < INTEGRITY_REFUNDS; i++) {
            // requested before 29 December so that even the slowest resolution falls within the year
            Instant requested = yearStart.plusSeconds((long) (random.nextDouble() * (yearSeconds - 3 * 86_400L)));
            Instant resolved = requested.plus(Duration.ofMinutes(60 + random.nextInt(47 * 60)));
            String id = "C-" + UUID.nameUUIDFromBytes(("demo-" + YEAR + "-integrity-refund-" + i)
                    .getBytes(StandardCharsets.UTF_8));
            complaints.add(new DemoComplaint(id, belt.get(i % belt.size()).code(), requested, resolved,
                    BigDecimal.valueOf(fen[i], 2), random.nextInt(10) < 7 ? 5 : 4));
        }
        return complaints;
    }

    /** Splits {@code total} into integers proportional to {@code weights} that add up exactly (largest remainder). */
    static long[] apportion(long total, double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        long[] parts = new long[weights.length];
        double[] remainders = new double[weights.length];
        long assigned = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * weights[i] / sum;
            parts[i] = (long) Math.floor(exact);
            remainders[i] = exact - parts[i];
            assigned += parts[i];
        }
        Integer[] order = new Integer[weights.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> remainders[a] != remainders[b]
                ? Double.compare(remainders[b], remainders[a]) : Integer.compare(a, b));
        for (int k = 0; assigned < total; k = (k + 1) % order.length) {
            parts[order[k]]++;
            assigned++;
        }
        return parts;
    }
}
