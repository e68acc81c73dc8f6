package cn.gov.zhushan.plan.tourism.holidays;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.zhushan.plan.platform.web.NotFoundException;
import cn.gov.zhushan.plan.tourism.footfall.FootfallSeries;
import cn.gov.zhushan.plan.tourism.footfall.FootfallSeries.Quarter;
import cn.gov.zhushan.plan.tourism.footfall.FootfallWindows;
import cn.gov.zhushan.plan.tourism.sites.Site;
import cn.gov.zhushan.plan.tourism.sites.SiteDirectory;

/** Statutory holidays and footfall totals per holiday, site and district, against the same holiday last year. */
@RestController
@Validated
@RequestMapping("/api/v1/tourism/holidays")
class HolidayController {

    private final HolidayRepository holidays;
    private final FootfallWindows windows;
    private final SiteDirectory sites;

    HolidayController(HolidayRepository holidays, FootfallWindows windows, SiteDirectory sites) {
        this.holidays = holidays;
        this.windows = windows;
        this.sites = sites;
    }

    @GetMapping
    List<Holiday> list(@RequestParam @Min(2000) @Max(2100) int year) {
        return holidays.findByYearOrderByStart(year);
    }

    /**
     * Visitor arrivals ({@code in}) over the holiday's days per site and for the district, with the same
     * holiday last year; night districts also get their night-window arrivals (18:00-02:00).
     */
    @GetMapping("/{year}/{code}/footfall")
    HolidayFootfall footfall(@PathVariable @Min(2000) @Max(2100) int year,
                             @PathVariable @Pattern(regexp = "[A-Z_]{1,40}") String code) {
        Holiday holiday = holidays.findById(Holiday.idOf(year, code))
                .orElseThrow(() -> new NotFoundException("No holiday " + code + " in " + year + "."));
        Optional<Holiday> previous = holidays.findById(Holiday.idOf(year - 1, code));
        Totals now = totals(holiday);
        Totals before = previous.map(this::totals).orElse(null);
        List<SiteFigures> perSite = new ArrayList<>();
        for (Site site : sites.all().stream().sorted(Comparator.comparing(Site::code)).toList()) {
            perSite.add(new SiteFigures(site.code(),
                    HolidayComparison.of(now.in(site.code()), before == null ? null : before.in(site.code())),
                    site.isNightDistrict() ? HolidayComparison.of(now.night(site.code()),
                            before == null ? null : before.night(site.code())) : null));
        }
        return new HolidayFootfall(holiday, previous.orElse(null),
                HolidayComparison.of(now.districtIn(), before == null ? null : before.districtIn()), perSite);
    }

    /**
     * The district's visitor arrivals over all of the year's holidays, as one figure (2024: 3,657,300
     * "Night Zhushan" holiday visits). A holiday belongs to the year of its catalogue, so 2024's New Year
     * counts 30-31 December 2023.
     */
    @GetMapping("/{year}/visits")
    YearHolidayVisits visits(@PathVariable @Min(2000) @Max(2100) int year) {
        List<HolidayVisits> perHoliday = holidays.findByYearOrderByStart(year).stream()
                .map(h -> new HolidayVisits(h.code(), h.nameZh(), h.start(), h.end(), totals(h).districtIn()))
                .toList();
        return new YearHolidayVisits(year, perHoliday.size(), perHoliday.stream().mapToLong(HolidayVisits::arrivals).sum(),
                perHoliday);
    }

    private Totals totals(Holiday holiday) {
        List<LocalDate> days = new ArrayList<>(holiday.days());
        days.add(holiday.end().plusDays(1)); // the last night runs to 02:00 the next day
        return new Totals(holiday, windows.quarters(null, days));
    }

    private record Totals(Holiday holiday, List<Quarter> quarters) {
        /** Arrivals on the holiday's opening days: a night district's evening past midnight counts for its day. */
        long in(String site) {
            return quarters.stream().filter(q -> q.site().equals(site))
                    .filter(q -> !q.day().isAfter(holiday.end())).mapToLong(Quarter::in).sum();
        }

        long districtIn() {
            return quarters.stream().filter(q -> !q.day().isAfter(holiday.end())).mapToLong(Quarter::in).sum();
        }

        long night(String site) {
            List<Quarter> ofSite = quarters.stream().filter(q -> q.site().equals(site)).toList();
            return holiday.days().stream().mapToLong(day -> FootfallSeries.night(day, ofSite)[0]).sum();
        }
    }

    record SiteFigures(String siteCode, HolidayComparison arrivals, HolidayComparison nightArrivals) {
    }

    record HolidayVisits(String code, String nameZh, LocalDate start, LocalDate end, long arrivals) {
    }

    /** @param arrivals person-visits over all the year's holidays */
    record YearHolidayVisits(int year, int holidays, long arrivals, List<HolidayVisits> perHoliday) {
    }

    record HolidayFootfall(Holiday holiday, Holiday lastYear, HolidayComparison districtArrivals,
                           List<SiteFigures> sites) {
    }
}
