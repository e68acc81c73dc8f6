package cn.gov.zhushan.plan.indicator.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import cn.gov.zhushan.plan.indicator.derived.SeriesReader;
import cn.gov.zhushan.plan.indicator.observations.ConflictRetry;
import cn.gov.zhushan.plan.indicator.observations.Observation;
import cn.gov.zhushan.plan.indicator.observations.ObservationChanged;
import cn.gov.zhushan.plan.indicator.periods.Period;
import cn.gov.zhushan.plan.indicator.registry.Indicator;
import cn.gov.zhushan.plan.indicator.registry.IndicatorRepository;
import cn.gov.zhushan.plan.indicator.targets.Target;
import cn.gov.zhushan.plan.indicator.targets.TargetChanged;
import cn.gov.zhushan.plan.indicator.targets.TargetKind;
import cn.gov.zhushan.plan.indicator.targets.TargetRepository;
import cn.gov.zhushan.plan.indicator.targets.TargetOutlook;
import cn.gov.zhushan.plan.indicator.targets.WithinYearPath;
import cn.gov.zhushan.plan.indicator.targets.TargetsProperties;
import cn.gov.zhushan.plan.platform.events.DomainEvents;
import cn.gov.zhushan.plan.platform.time.PlatformTime;

/**
 * Evaluates targets whenever their data or the target itself changes, persists the result and publishes a
 * warning event only when the status changes (entering, changing or leaving a warning), never on a mere
 * re-evaluation. The measure for a growth target is the latest reported growth (cumulative for a part of the
 * year, as the statistics bureau reports it), else the year-to-date growth computed from the levels; for a level
 * target it is the year-to-date level against the pro-rated target.
 */
@Service
public class Monitoring {

    private static final Logger log = LoggerFactory.getLogger(Monitoring.class);
    private static final ZoneId SHANGHAI = PlatformTime.DISTRICT_ZONE;

    private final TargetRepository targets;
    private final IndicatorRepository indicators;
    private final MonitoringRepository results;
    private final SeriesReader series;
    private final TargetsProperties properties;
    private final DomainEvents events;
    private final Clock clock;
    private final MongoTemplate mongo;

    public Monitoring(TargetRepository targets, IndicatorRepository indicators, MonitoringRepository results,
                      SeriesReader series, TargetsProperties properties, DomainEvents events, Clock clock,
                      MongoTemplate mongo) {
        this.mongo = mongo;
        this.targets = targets;
        this.indicators = indicators;
        this.results = results;
        this.series = series;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void onObservation(ObservationChanged changed) {
        // a value of year Y is the latest data for Y's targets and the base of Y+1's growth
        for (int year : List.of(changed.year(), changed.year() + 1)) {
            targets.findByIndicatorCodeAndRegionCodeAndYear(changed.indicatorCode(), changed.regionCode(), year)
                    .forEach(this::safeEvaluate);
        }
    }

    @EventListener
    void onTarget(TargetChanged changed) {
        targets.findById(changed.targetId()).ifPresent(this::safeEvaluate);
    }

    /**
     * Re-evaluates every target (e.g. after a bulk import or on demand); returns how many statuses changed.
     * The targets come through a cursor, a batch at a time, not as one list of every year's targets.
     */
    public int evaluateAll() {
        int changed = 0;
        try (Stream<Target> all = mongo.stream(new Query().with(Sort.by("_id")), Target.class)) {
            for (Target target : (Iterable<Target>) all::iterator) {
                changed += safeEvaluate(target) ? 1 : 0;
            }
        }
        return changed;
    }

    private boolean safeEvaluate(Target target) {
        // monitoring follows the write that triggered it; a failure here must not fail that write, and the
        // next change or evaluation run repairs it
        try {
            return evaluate(target);
        } catch (RuntimeException e) {
            log.warn("Monitoring of target {} failed, will be retried on the next change: {}", target.id(), e.getMessage());
            return false;
        }
    }

    /** Returns true when the status changed. Retries a concurrent evaluation of the same target. */
    public boolean evaluate(Target target) {
        return ConflictRetry.run(() -> evaluateOnce(target));
    }

    private boolean evaluateOnce(Target target) {
        Indicator indicator = indicators.findById(target.indicatorCode()).orElseThrow();
        Map<String, Observation> byPeriod = series.yearAndPrior(indicator, target.regionCode(), target.year());
        Optional<Measured> latest = byPeriod.values().stream().filter(o -> o.year() == target.year())
                .map(o -> measure(indicator, target, o.periodValue(), byPeriod))
                .filter(m -> m.measure() != null)
                .max(Comparator.comparing(Measured::period));
        Attainment.Evaluation evaluation;
        String period = latest.map(m -> m.period().toString()).orElse(null);
        TargetOutlook.Terms terms = TargetOutlook.Terms.of(target);
        TargetOutlook.Outlook outlook = TargetOutlook.of(indicator, terms, target.year(), byPeriod,
                latest.map(Measured::period).orElse(null), latest.map(Measured::measure).orElse(null));
        if (latest.isEmpty()) {
            evaluation = new Attainment.Evaluation(AttainmentStatus.NO_DATA, null, target.value(), null, null, outlook.band());
        } else {
            Period p = latest.get().period();
            BigDecimal expected = TargetOutlook.expectedAt(indicator, terms, p, byPeriod);
            BigDecimal tolerance = TargetOutlook.toleranceAt(terms, expected);
            BigDecimal previous = previousMeasure(indicator, target, p, byPeriod);
            Attainment.Evaluation onPath = Attainment.evaluate(target.kind(), outlook.direction(), expected,
                    tolerance, latest.get().measure(), previous, p.closesYear(), properties);
            evaluation = new Attainment.Evaluation(Attainment.withProjection(onPath.status(),
                    outlook.projectionMissesBand(), p.closesYear()), onPath.measure(), onPath.expected(),
                    onPath.threshold(), onPath.shortfall(), outlook.band());
        }
        // the calendar: the latest figure due by today (an Asia/Shanghai day) that has not come is a warning by itself
        Optional<ReportingCalendar.Overdue> overdue = ReportingCalendar.overdue(indicator.periodType(),
                indicator.reportingDueDay(), target.year(), byPeriod.values().stream()
                        .filter(o -> o.year() == target.year() && o.current() != null)
                        .map(o -> o.periodValue().endMonth()).toList(), LocalDate.now(clock.withZone(SHANGHAI)));
        Attainment.Evaluation judged = new Attainment.Evaluation(evaluation.status().withOverdue(overdue.isPresent()),
                evaluation.measure(), evaluation.expected(), evaluation.threshold(), evaluation.shortfall(), evaluation.band());
        MonitoringResult result = results.findById(target.id())
                .orElseGet(() -> new MonitoringResult(target.id(), target.indicatorCode(), target.regionCode(), target.year()));
        AttainmentStatus previousStatus = result.status();
        boolean changed = result.apply(judged, period, target.importance(), Instant.now(clock));
        result.outlook(outlook);
        result.overdue(overdue.orElse(null));
        if (changed) {
            Attainment.warningEvent(previousStatus, judged.status()).ifPresent(event -> result.publish(events.create(
                    event, target.id(), "indicators/" + target.indicatorCode() + "/targets/" + target.regionCode() + "/" + target.year(),
                    new WarningEvent(target.indicatorCode(), target.regionCode(), target.year(), target.kind(),
                            target.comparator(), target.value(), target.importance(), judged.status(), previousStatus,
                            period, judged.measure(), judged.expected(), judged.threshold(),
                            judged.shortfall(), target.kind() == TargetKind.GROWTH ? "%" : indicator.unit(),
                            outlook.projection(), outlook.projectedShortfall()))));
        }
        results.save(result);
        return changed;
    }

    private record Measured(Period period, BigDecimal measure) {
    }

    /** The measure at the milestone before {@code period}, for the trajectory (1–2月 comes before March). */
    private static BigDecimal previousMeasure(Indicator indicator, Target target, Period period, Map<String, Observation> byPeriod) {
        List<Period> milestones = WithinYearPath.milestones(indicator.periodType(), period.year());
        Period before = null;
        for (Period milestone : milestones) {
            if (milestone.endMonth() < period.endMonth()) {
                before = milestone;
            }
        }
        return before == null ? null : measure(indicator, target, before, byPeriod).measure();
    }

    private static Measured measure(Indicator indicator, Target target, Period period, Map<String, Observation> byPeriod) {
        SeriesReader.Point point = SeriesReader.point(indicator, period, byPeriod);
        BigDecimal measure;
        if (target.kind() == TargetKind.GROWTH) {
            // the year-to-date growth: as reported for a cumulative series, computed from the year-to-date
            // figures for a per-period one (a month's own growth says nothing about the year)
            measure = period.type() == cn.gov.zhushan.plan.indicator.periods.PeriodType.ANNUAL
                    ? point.growthPercent() : point.yearToDateGrowthPercent();
        } else {
            measure = point.yearToDate() != null ? point.yearToDate() : point.value();
        }
        return new Measured(period, measure);
    }
}
