package cn.gov.zhushan.plan.tourism.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import cn.gov.zhushan.plan.tourism.demo.Demo2024.DemoComplaint;
import cn.gov.zhushan.plan.tourism.demo.Demo2024.DemoWindow;
import cn.gov.zhushan.plan.tourism.footfall.DistrictTime;
import cn.gov.zhushan.plan.tourism.footfall.FootfallProperties;
import cn.gov.zhushan.plan.tourism.footfall.ReadingInput;
import cn.gov.zhushan.plan.tourism.footfall.ReadingValidator;
import cn.gov.zhushan.plan.tourism.holidays.Holiday;
import cn.gov.zhushan.plan.tourism.sites.Site;

class Demo2024Test {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void nightZhushanHolidayFootfallAddsUpToTheReportsFigureInsideHolidaysAndOpeningHours() {
        List<Site> sites = seed("seed/sites.json", new TypeReference<List<Site>>() { });
        List<Holiday> holidays = seed("seed/holidays.json", new TypeReference<List<Holiday>>() { }).stream()
                .filter(h -> h.year() == 2024).toList();
        assertThat(Demo2024.nightBelt(sites)).extracting(Site::code)
                .containsExactly("TAORAN_MARKET", "TAOXICHUAN", "TAOYANGLI", "XUJIA_KILN");
        long[] shares = Demo2024.holidayShares(holidays);
        List<DemoWindow> all = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < holidays.size(); i++) {
            List<DemoWindow> windows = Demo2024.windows(holidays.get(i), shares[i], sites);
            assertThat(windows.stream().mapToLong(DemoWindow::in).sum()).isEqualTo(shares[i]);
            for (DemoWindow w : windows) {
                Site site = site(sites, w.site());
                // on a holiday's opening day, inside the opening hours (a night district's until 02:00)
                assertThat(holidays.get(i).days()).contains(site.openingDay().dayOf(w.start()));
                LocalTime t = w.start().toLocalTime();
                LocalTime opens = LocalTime.parse(site.opensAt());
                LocalTime closes = LocalTime.parse(site.closesAt());
                assertThat(closes.isAfter(opens) ? !t.isBefore(opens) && t.isBefore(closes)
                        : !t.isBefore(opens) || t.isBefore(closes)).as(w.id()).isTrue();
            }
            total += shares[i];
            all.addAll(windows);
        }
        assertThat(total).isEqualTo(3_657_300L);
        assertThat(all.stream().mapToLong(DemoWindow::in).sum()).isEqualTo(3_657_300L);
        assertThat(new HashSet<>(all.stream().map(DemoWindow::id).toList())).hasSize(all.size());

        // occupancy (in - out through the day) never negative, everyone gone at closing, below capacity
        Map<String, long[]> byDay = new TreeMap<>();
        for (DemoWindow w : all) {
            long[] state = byDay.computeIfAbsent(w.site() + "|" + site(sites, w.site()).openingDay().dayOf(w.start()),
                    k -> new long[2]);
            state[0] += w.in() - w.out();
            assertThat(state[0]).isNotNegative();
            state[1] = Math.max(state[1], state[0]);
        }
        byDay.forEach((key, state) -> {
            assertThat(state[0]).as(key).isZero();
            int capacity = sites.stream().filter(s -> key.startsWith(s.code() + "|")).findFirst().orElseThrow().capacity();
            assertThat(state[1]).as(key).isLessThanOrEqualTo(capacity);
        });

        // Taoxichuan's evenings run past midnight
        assertThat(all).anyMatch(w -> w.site().equals("TAOXICHUAN") && w.start().getHour() == 1);
        // deterministic
        assertThat(Demo2024.windows(holidays.get(6), shares[6], sites)).isEqualTo(Demo2024.windows(holidays.get(6), shares[6], sites));
    }

    @Test
    void aWindowBecomesGateReadingsThatAddUpAndPassTheIngestRules() {
        List<Site> sites = seed("seed/sites.json", new TypeReference<List<Site>>() { });
        Site taoxichuan = site(sites, "TAOXICHUAN");
        DemoWindow busy = new DemoWindow("TAOXICHUAN", LocalDate.of(2024, 10, 2).atTime(0, 45), 12_001, 3);
        List<ReadingInput> readings = Demo2024.readings(busy, taoxichuan, 5_000);
        assertThat(readings.stream().mapToLong(ReadingInput::in).sum()).isEqualTo(12_001);
        assertThat(readings.stream().mapToLong(ReadingInput::out).sum()).isEqualTo(3);
        assertThat(readings).allSatisfy(r -> {
            assertThat(r.in()).isLessThanOrEqualTo(5_000);
            assertThat(r.source()).startsWith("TAOXICHUAN-GATE-");
            assertThat(DistrictTime.quarterStart(OffsetDateTime.parse(r.timestamp()).toInstant())).isEqualTo(busy.start());
        });
        // one reading per gate and minute: no two share the dedupe key (site, source, timestamp)
        assertThat(new HashSet<>(readings.stream().map(r -> r.source() + r.timestamp()).toList())).hasSize(readings.size());
        ReadingValidator validator = new ReadingValidator(FootfallProperties.defaults(),
                code -> sites.stream().filter(s -> s.code().equals(code)).findFirst());
        Instant now = Instant.now();
        assertThat(readings).allSatisfy(r -> {
            assertThat(validator.validate(r, now, true)).isInstanceOf(ReadingValidator.Valid.class);
            // outside a history import, 2024 is past the grace period
            assertThat(validator.validate(r, now)).isInstanceOf(ReadingValidator.Invalid.class);
        });
    }

    @Test
    void integrityRefundComplaintsAddUpAndAreAllSatisfied() {
        List<Site> sites = seed("seed/sites.json", new TypeReference<List<Site>>() { });
        List<DemoComplaint> complaints = Demo2024.complaints(sites);
        assertThat(complaints).hasSize(114);
        assertThat(complaints.stream().map(DemoComplaint::refundAmount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("66333.00");
        assertThat(complaints).allSatisfy(c -> {
            assertThat(c.satisfactionScore()).isBetween(4, 5);
            assertThat(c.refundAmount()).isPositive();
            assertThat(c.refundAmount().scale()).isEqualTo(2);
            assertThat(DistrictTime.day(c.requestedAt()).getYear()).isEqualTo(2024);
            assertThat(DistrictTime.day(c.resolvedAt())).isBefore(LocalDate.of(2025, 1, 1));
            assertThat(c.resolvedAt()).isAfter(c.requestedAt());
            assertThat(c.id()).matches("C-[0-9a-f-]{36}");
        });
        Set<String> ids = new HashSet<>(complaints.stream().map(DemoComplaint::id).toList());
        assertThat(ids).hasSize(114);
        assertThat(Demo2024.complaints(sites)).isEqualTo(complaints);
    }

    @Test
    void apportionSplitsExactly() {
        assertThat(Demo2024.apportion(10, new double[] {1, 1, 1})).containsExactly(4, 3, 3);
        assertThat(Demo2024.apportion(0, new double[] {1, 2})).containsExactly(0, 0);
    }

    private static Site site(List<Site> sites, String code) {
        return sites.stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }

    private static <T> T seed(String resource, TypeReference<T> type) {
        try (InputStream in = Demo2024Test.class.getClassLoader().getResourceAsStream(resource)) {
            return JSON.readValue(in, type);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
