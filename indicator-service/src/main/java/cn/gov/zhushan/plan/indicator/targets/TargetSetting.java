package cn.gov.zhushan.plan.indicator.targets;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import cn.gov.zhushan.plan.indicator.observations.ConflictRetry;
import cn.gov.zhushan.plan.indicator.observations.FieldProblem;
import cn.gov.zhushan.plan.indicator.observations.Observation;
import cn.gov.zhushan.plan.indicator.observations.ObservationRepository;
import cn.gov.zhushan.plan.indicator.regions.RegionRepository;
import cn.gov.zhushan.plan.indicator.registry.Indicator;
import cn.gov.zhushan.plan.indicator.registry.IndicatorRepository;
import cn.gov.zhushan.plan.platform.events.DomainEvents;
import cn.gov.zhushan.plan.platform.web.NotFoundException;

/** Sets targets (idempotent by indicator + region + year) and publishes target-set with the change. */
@Service
public class TargetSetting {

    private final IndicatorRepository indicators;
    private final RegionRepository regions;
    private final ObservationRepository observations;
    private final TargetRepository targets;
    private final TargetsProperties properties;
    private final DomainEvents events;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    public TargetSetting(IndicatorRepository indicators, RegionRepository regions, ObservationRepository observations,
                         TargetRepository targets, TargetsProperties properties, DomainEvents events,
                         ApplicationEventPublisher publisher, Clock clock) {
        this.indicators = indicators;
        this.regions = regions;
        this.observations = observations;
        this.targets = targets;
        this.properties = properties;
        this.events = events;
        this.publisher = publisher;
        this.clock = clock;
    }

    public record Result(boolean changed, boolean created, Target target) {
    }

    public Result set(String code, String region, int year, TargetRequest request, String setBy) {
        Result result = ConflictRetry.run(() -> setOnce(code, region, year, request, setBy));
        if (result.changed()) {
            publisher.publishEvent(new TargetChanged(result.target().id()));
        }
        return result;
    }

    private Result setOnce(String code, String region, int year, TargetRequest request, String setBy) {
        Indicator indicator = indicator(code);
        if (!regions.existsById(region)) {
            throw new NotFoundException("No region with code " + region + ".");
        }
        if (request.kind() == TargetKind.GROWTH && !indicator.takesGrowth()) {
            throw FieldProblem.refused("kind", "cannot be GROWTH: " + code + " is reported as a level only");
        }
        if (request.kind() == TargetKind.LEVEL && !indicator.takesLevel()) {
            throw FieldProblem.refused("kind", "cannot be LEVEL: " + code + " is reported as a growth rate only");
        }
        if (request.kind() == TargetKind.LEVEL && request.value().signum() < 0) {
            throw FieldProblem.refused("value", "must not be negative for a level target");
        }
        BigDecimal tolerance = request.tolerance() != null ? request.tolerance()
                : TargetRules.defaultTolerance(request.comparator(), request.kind(), request.value(),
                        indicator.categoryOrDefault(), properties);
        String toleranceSource = TargetRules.toleranceSource(request.tolerance(), request.comparator(),
                indicator.categoryOrDefault());
        BigDecimal base = request.baseLevel();
        if (base == null && request.kind() == TargetKind.GROWTH && indicator.takesLevel()) {
            base = observations.findById(Observation.idOf(code, region, Integer.toString(year - 1)))
                    .map(o -> o.current().value()).orElse(null);
        }
        BigDecimal implied = request.kind() == TargetKind.LEVEL ? request.value()
                : TargetRules.impliedLevel(base, request.value(), indicator.decimals());
        String prices = request.kind() == TargetKind.GROWTH && implied != null
                ? TargetRules.impliedLevelPrices(indicator.comparablePrices(), year) : null;
        Target target = targets.findById(Target.idOf(code, region, year)).orElse(null);
        boolean created = target == null;
        if (created) {
            target = new Target(code, region, year);
        }
        String importance = request.importance() == null ? "MEDIUM" : request.importance();
        if (!target.set(request.kind(), request.comparator(), request.value(), tolerance, toleranceSource, importance,
                base, implied, prices, setBy, Instant.now(clock))) {
            return new Result(false, false, target);
        }
        target.publish(events.create(TargetSet.EVENT, target.id(), "indicators/" + code + "/targets/" + region + "/" + year,
                new TargetSet(code, region, year, request.kind(), request.comparator(), request.value(), tolerance,
                        importance, base, implied, indicator.unit(), prices)));
        target = targets.save(target);
        return new Result(true, created, target);
    }

    public Indicator indicator(String code) {
        return indicators.findById(code).orElseThrow(() -> new NotFoundException("No indicator with code " + code + "."));
    }

    public TargetView view(Target target) {
        Indicator indicator = indicator(target.indicatorCode());
        Map<String, Observation> byPeriod = observations.findByIndicatorCodeAndRegionCodeAndYearIn(indicator.code(),
                        target.regionCode(), List.of(target.year(), target.year() - 1)).stream()
                .collect(Collectors.toMap(Observation::period, Function.identity()));
        TargetOutlook.Outlook outlook = TargetOutlook.of(indicator, TargetOutlook.Terms.of(target), target.year(),
                byPeriod, null, null);
        List<TargetView.Milestone> trajectory = outlook.path().stream()
                .map(m -> new TargetView.Milestone(m.period(), m.expected(), m.level(), m.seasonal())).toList();
        return new TargetView(target.indicatorCode(), target.regionCode(), target.year(), target.kind(),
                target.comparator(), target.value(), target.tolerance(), target.importance(), target.baseLevel(),
                target.impliedLevel(), indicator.unit(), target.setBy(), target.setAt(), trajectory,
                target.toleranceSource(), outlook.direction(), outlook.band(), target.impliedLevelPrices(),
                outlook.shape());
    }
}
