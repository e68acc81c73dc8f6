package cn.gov.zhushan.plan.tourism.footfall;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.validation.constraints.Pattern;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.zhushan.plan.platform.web.BusinessRuleException;
import cn.gov.zhushan.plan.tourism.footfall.FootfallSeries.Granularity;
import cn.gov.zhushan.plan.tourism.footfall.FootfallSeries.Quarter;
import cn.gov.zhushan.plan.tourism.sites.SiteDirectory;

/**
 * Footfall per site and for the district, by opening day: the Asia/Shanghai calendar day, or for a site
 * open past midnight the day that starts in its closed hours (a DAY window shows its start and end).
 */
@RestController
@Validated
@RequestMapping("/api/v1/tourism/footfall")
class FootfallQueryController {

    static final int MAX_DAYS = 92;

    private final FootfallWindows windows;
    private final SiteDirectory sites;

    FootfallQueryController(FootfallWindows windows, SiteDirectory sites) {
        this.windows = windows;
        this.sites = sites;
    }

    @GetMapping("/sites/{code}/windows")
    Series siteWindows(@PathVariable @Pattern(regexp = "[A-Z0-9_]{1,40}") String code,
                       @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                       @RequestParam(defaultValue = "HOUR") Granularity granularity) {
        sites.get(code);
        return series(code, day, granularity);
    }

    @GetMapping("/district/windows")
    Series districtWindows(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                           @RequestParam(defaultValue = "HOUR") Granularity granularity) {
        return series(null, day, granularity);
    }

    @GetMapping("/sites/{code}/days")
    Series siteDays(@PathVariable @Pattern(regexp = "[A-Z0-9_]{1,40}") String code,
                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        sites.get(code);
        return days(code, from, to);
    }

    @GetMapping("/district/days")
    Series districtDays(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return days(null, from, to);
    }

    /** In and out during each night window (18:00 to 02:00 the next day) from {@code from} to {@code to}. */
    @GetMapping("/sites/{code}/nights")
    List<Night> nights(@PathVariable @Pattern(regexp = "[A-Z0-9_]{1,40}") String code,
                       @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                       @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        sites.get(code);
        List<LocalDate> range = range(from, to);
        List<Quarter> quarters = windows.quarters(code,
                Stream.concat(range.stream(), Stream.of(to.plusDays(1))).toList());
        List<Night> nights = new ArrayList<>();
        for (LocalDate night : range) {
            long[] sum = FootfallSeries.night(night, quarters);
            nights.add(new Night(night, sum[0], sum[1]));
        }
        return nights;
    }

    private Series days(String site, LocalDate from, LocalDate to) {
        List<LocalDate> range = range(from, to);
        List<Quarter> quarters = windows.quarters(site, range);
        List<WindowView> views = new ArrayList<>();
        for (LocalDate day : range) {
            views.add(WindowView.of(FootfallSeries.day(day, windows.span(site, day), quarters)));
        }
        return new Series(site == null ? "DISTRICT" : site, Granularity.DAY, views);
    }

    private Series series(String site, LocalDate day, Granularity granularity) {
        List<Quarter> quarters = windows.quarters(site, List.of(day));
        return new Series(site == null ? "DISTRICT" : site, granularity,
                FootfallSeries.windows(day, windows.span(site, day), quarters, granularity).stream()
                        .map(WindowView::of).toList());
    }

    static List<LocalDate> range(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new BusinessRuleException("'to' must not be before 'from'.");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new BusinessRuleException("At most " + MAX_DAYS + " days per request.");
        }
        return from.datesUntil(to.plusDays(1)).toList();
    }

    record Series(String scope, Granularity granularity, List<WindowView> windows) {
    }

    /** Times are Asia/Shanghai (+08:00); occupancy at the window's end, peak the highest quarter-end value. */
    record WindowView(OffsetDateTime start, OffsetDateTime end, long in, long out, long occupancy, long peakOccupancy) {
        static WindowView of(FootfallSeries.Window w) {
            return new WindowView(w.start().atZone(DistrictTime.ZONE).toOffsetDateTime(),
                    w.end().atZone(DistrictTime.ZONE).toOffsetDateTime(), w.in(), w.out(), w.occupancy(),
                    w.peakOccupancy());
        }
    }

    record Night(LocalDate night, long in, long out) {
    }
}
