package cn.gov.zhushan.plan.tourism.alerts;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Pattern;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.zhushan.plan.tourism.footfall.DistrictTime;
import cn.gov.zhushan.plan.tourism.sites.OpeningDay;
import cn.gov.zhushan.plan.tourism.sites.Site;
import cn.gov.zhushan.plan.tourism.sites.SiteDirectory;

/** Live occupancy and the recorded alert level per site. */
@RestController
@Validated
class OccupancyController {

    private final CapacityMonitor monitor;
    private final CapacityAlertRepository alerts;
    private final SiteDirectory sites;
    private final Clock clock;

    OccupancyController(CapacityMonitor monitor, CapacityAlertRepository alerts, SiteDirectory sites, Clock clock) {
        this.monitor = monitor;
        this.alerts = alerts;
        this.sites = sites;
        this.clock = clock;
    }

    @GetMapping("/api/v1/tourism/sites/{code}/occupancy")
    Occupancy occupancy(@PathVariable @Pattern(regexp = "[A-Z0-9_]{1,40}") String code) {
        Site site = sites.get(code);
        return of(site, monitor.occupancyNow());
    }

    @GetMapping("/api/v1/tourism/alerts")
    List<Occupancy> alerts() {
        Map<String, Long> now = monitor.occupancyNow();
        return sites.all().stream().sorted(Comparator.comparing(Site::code)).map(site -> of(site, now)).toList();
    }

    private Occupancy of(Site site, Map<String, Long> now) {
        long occupancy = now.getOrDefault(site.code(), 0L);
        AlertLevel level = alerts.findById(site.code()).map(CapacityAlert::getLevel).orElse(AlertLevel.NORMAL);
        OpeningDay openingDay = site.openingDay();
        LocalDateTime countedSince = openingDay.startOf(openingDay.dayOf(DistrictTime.local(clock.instant())));
        return new Occupancy(site.code(), occupancy, site.capacity(),
                OccupancyPercent.of(occupancy, site.capacity()), level,
                countedSince.atZone(DistrictTime.ZONE).toOffsetDateTime());
    }

    /**
     * @param percent      occupancy as a percentage of capacity, exact with one decimal (scale 1, half up);
     *                     level as last recorded
     * @param countedSince start of the site's current opening day: occupancy is in minus out since then
     */
    record Occupancy(String siteCode, long occupancy, int capacity, BigDecimal percent, AlertLevel level,
                     OffsetDateTime countedSince) {
    }
}
