package cn.gov.zhushan.plan.tourism.alerts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.gov.zhushan.plan.platform.events.DomainEvents;
import cn.gov.zhushan.plan.tourism.footfall.DistrictTime;
import cn.gov.zhushan.plan.tourism.footfall.FootfallProperties;
import cn.gov.zhushan.plan.tourism.footfall.FootfallSeries;
import cn.gov.zhushan.plan.tourism.footfall.FootfallWindows;
import cn.gov.zhushan.plan.tourism.sites.Site;
import cn.gov.zhushan.plan.tourism.sites.SiteDirectory;

/**
 * Checks each site's current occupancy (its current opening day) against its capacity and records a level
 * change together with its event in one write: one event per change, and a clear event when the site
 * falls back to normal. Decoupled from the ingest path so that a burst of readings costs one check.
 */
@Component
public class CapacityMonitor {

    private static final Logger log = LoggerFactory.getLogger(CapacityMonitor.class);

    private final FootfallWindows windows;
    private final SiteDirectory sites;
    private final CapacityAlertRepository alerts;
    private final DomainEvents events;
    private final FootfallProperties properties;
    private final Clock clock;

    public CapacityMonitor(FootfallWindows windows, SiteDirectory sites, CapacityAlertRepository alerts,
                           DomainEvents events, FootfallProperties properties, Clock clock) {
        this.windows = windows;
        this.sites = sites;
        this.alerts = alerts;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** Current occupancy per site code: in minus out since its opening day began (no counts yet: 0). */
    public Map<String, Long> occupancyNow() {
        LocalDateTime now = DistrictTime.local(clock.instant());
        Map<String, LocalDate> currentDay = new HashMap<>();
        for (Site site : sites.all()) {
            currentDay.put(site.code(), site.openingDay().dayOf(now)); // a night district's evening runs past midnight
        }
        Map<String, Long> occupancy = new HashMap<>();
        for (FootfallSeries.Quarter q : windows.quarters(null, new HashSet<>(currentDay.values()))) {
            if (q.day().equals(currentDay.get(q.site()))) {
                occupancy.merge(q.site(), q.in() - q.out(), Long::sum);
            }
        }
        return occupancy;
    }

    /**
     * The timer's entry: one replica per period (ADR 0007); {@link #runOnce()} stays unlocked for callers
     * that want a check now. Held at least 1 s (half the 2 s period) so replicas do not check back to back.
     */
    @Scheduled(fixedDelayString = "${tourism.footfall.alert-interval:PT2S}")
    @SchedulerLock(name = "tourism.capacity-monitor", lockAtMostFor = "PT10S", lockAtLeastFor = "PT1S")
    public void scheduledPass() {
        runOnce();
    }

    public synchronized void runOnce() {
        Map<String, Long> occupancy = occupancyNow();
        Instant now = clock.instant();
        for (Site site : sites.all()) {
            long current = occupancy.getOrDefault(site.code(), 0L);
            CapacityAlert alert = alerts.findById(site.code()).orElseGet(() -> new CapacityAlert(site.code()));
            AlertLevel previous = alert.getLevel();
            AlertLevel next = AlertPolicy.next(previous, current, site.capacity(), site.warnPercent(),
                    site.criticalPercent(), properties.alertHysteresisPercent());
            if (next == previous) {
                continue;
            }
            alert.change(next, current, site.capacity(), now);
            long sequence = alert.nextSequence();
            Object data = next == AlertLevel.NORMAL
                    ? new CapacityAlertEvents.Cleared(site.code(), previous, current, site.capacity(), now, sequence)
                    : new CapacityAlertEvents.Raised(site.code(), next, previous, current, site.capacity(),
                    next == AlertLevel.CRITICAL ? site.criticalPercent() : site.warnPercent(), now, sequence);
            alert.publish(events.create(next == AlertLevel.NORMAL ? CapacityAlertEvents.CLEARED : CapacityAlertEvents.RAISED,
                    site.code(), "sites/" + site.code(), data));
            try {
                alerts.save(alert);
            } catch (OptimisticLockingFailureException | DuplicateKeyException concurrent) {
                // another instance recorded a change first; the next pass sees its level
                log.debug("Capacity alert of {} changed concurrently", site.code());
            }
        }
    }
}
