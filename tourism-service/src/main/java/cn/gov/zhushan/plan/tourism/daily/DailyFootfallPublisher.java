package cn.gov.zhushan.plan.tourism.daily;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.gov.zhushan.plan.platform.events.DomainEvents;
import cn.gov.zhushan.plan.tourism.footfall.FootfallProperties;
import cn.gov.zhushan.plan.tourism.footfall.FootfallSeries;
import cn.gov.zhushan.plan.tourism.footfall.FootfallWindows;
import cn.gov.zhushan.plan.tourism.footfall.FootfallWindows.SiteDay;

/**
 * Re-totals the site opening days (see {@link cn.gov.zhushan.plan.tourism.sites.OpeningDay}) whose windows
 * changed since the last pass and publishes footfall-daily when the totals differ from the last published
 * ones (with a higher sequence). Late readings within the
 * grace period therefore produce a newer version of the same day. A pass is a pure function of the
 * stored windows, so repeating one publishes nothing new.
 */
@Component
public class DailyFootfallPublisher {

    private static final Logger log = LoggerFactory.getLogger(DailyFootfallPublisher.class);
    // a window written just before a pass started may become visible just after its query
    private static final Duration OVERLAP = Duration.ofSeconds(10);
    private static final int ATTEMPTS = 3;

    private final FootfallWindows windows;
    private final DailyFootfallRepository days;
    private final DomainEvents events;
    private final Clock clock;
    private Instant watermark;

    public DailyFootfallPublisher(FootfallWindows windows, DailyFootfallRepository days, DomainEvents events,
                                  FootfallProperties properties, Clock clock) {
        this.windows = windows;
        this.days = days;
        this.events = events;
        this.clock = clock;
        this.watermark = clock.instant().minus(properties.grace());
    }

    /**
     * The timer's entry: one replica per period (ADR 0007). Kept apart from {@link #runOnce()} because the
     * lock proxy cannot return an int when it skips, and callers of runOnce want a pass now, lock or not
     * (repeating a pass publishes nothing new). The lock outlives a normal pass (30 s period).
     */
    @Scheduled(fixedDelayString = "${tourism.footfall.daily-interval:PT30S}")
    @SchedulerLock(name = "tourism.daily-footfall", lockAtMostFor = "PT1M", lockAtLeastFor = "PT15S")
    public void scheduledPass() {
        runOnce();
    }

    /** Returns the number of footfall-daily events recorded. */
    public synchronized int runOnce() {
        Instant started = clock.instant();
        int published = 0;
        boolean complete = true;
        for (SiteDay changed : windows.changedSince(watermark.minus(OVERLAP))) {
            Outcome outcome = Outcome.CONFLICT;
            // the outbox relay bumps a day's version when it has sent its event: read again and retry
            for (int attempt = 0; attempt < ATTEMPTS && outcome == Outcome.CONFLICT; attempt++) {
                outcome = publishIfChanged(changed);
            }
            if (outcome == Outcome.PUBLISHED) {
                published++;
            } else if (outcome == Outcome.CONFLICT) {
                log.debug("Day {} of {} changed concurrently; the next pass looks again", changed.day(), changed.site());
                complete = false; // keep the watermark so the next pass sees this day again
            }
        }
        if (complete) {
            watermark = started;
        }
        return published;
    }

    private enum Outcome { PUBLISHED, UNCHANGED, CONFLICT }

    private Outcome publishIfChanged(SiteDay changed) {
        FootfallSeries.Window total = FootfallSeries.day(changed.day(), windows.span(changed.site(), changed.day()),
                windows.quarters(changed.site(), List.of(changed.day())));
        String day = changed.day().toString();
        DailyFootfall doc = days.findById(DailyFootfall.idOf(changed.site(), day))
                .orElseGet(() -> new DailyFootfall(changed.site(), day));
        if (doc.sameAs(total.in(), total.out(), total.peakOccupancy())) {
            return Outcome.UNCHANGED;
        }
        long sequence = doc.update(total.in(), total.out(), total.peakOccupancy());
        doc.publish(events.create(FootfallDailyEvent.EVENT, changed.site(), "sites/" + changed.site() + "/days/" + day,
                new FootfallDailyEvent(changed.site(), day, total.in(), total.out(), total.peakOccupancy(), sequence)));
        try {
            days.save(doc);
            return Outcome.PUBLISHED;
        } catch (OptimisticLockingFailureException | DuplicateKeyException concurrent) {
            return Outcome.CONFLICT;
        }
    }
}
