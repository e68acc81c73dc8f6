package cn.gov.zhushan.plan.indicator.observations;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import cn.gov.zhushan.plan.indicator.periods.Period;
import cn.gov.zhushan.plan.indicator.regions.RegionRepository;
import cn.gov.zhushan.plan.indicator.registry.Indicator;
import cn.gov.zhushan.plan.indicator.registry.IndicatorRepository;
import cn.gov.zhushan.plan.platform.events.DomainEvents;

/**
 * Records observations: checks them, keeps the replaced figures as a revision and saves the change with
 * its observation-recorded event in one single-document write. The same figures again change nothing
 * and publish nothing (PUT is idempotent by indicator + region + period).
 */
@Service
public class ObservationRecording {

    public enum Outcome { CREATED, UPDATED, UNCHANGED }

    public record Result(Outcome outcome, Observation observation) {
    }

    private final IndicatorRepository indicators;
    private final RegionRepository regions;
    private final ObservationRepository observations;
    private final DomainEvents events;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final FinalizingClients finalizing;

    public ObservationRecording(IndicatorRepository indicators, RegionRepository regions,
                                ObservationRepository observations, DomainEvents events,
                                ApplicationEventPublisher publisher, Clock clock, FinalizingClients finalizing) {
        this.finalizing = finalizing;
        this.indicators = indicators;
        this.regions = regions;
        this.observations = observations;
        this.events = events;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Checks the input and tells what recording it would do, without writing (an import's dry run). */
    public Outcome check(ObservationInput input, String recordedBy) {
        Indicator indicator = indicators.findById(input.indicator()).orElse(null);
        Period period = ObservationRules.check(indicator, regions.existsById(input.region()), input);
        Observation.Figures figures = figures(indicator, input, recordedBy, Instant.EPOCH, null);
        Observation existing = observations.findById(Observation.idOf(input.indicator(), input.region(), period.toString())).orElse(null);
        if (existing != null && figures.sameAs(existing.current())) {
            return Outcome.UNCHANGED;
        }
        FinalFigures.check(existing == null ? null : existing.current(), figures, finalizing.mayFinalize(recordedBy));
        return existing == null ? Outcome.CREATED : Outcome.UPDATED;
    }

    public Result record(ObservationInput input, String recordedBy) {
        return record(input, recordedBy, null);
    }

    /** @param revisionReason why a FINAL figure is revised (statistics bureau only), else null */
    public Result record(ObservationInput input, String recordedBy, String revisionReason) {
        return record(input, recordedBy, revisionReason, finalizing.mayFinalize(recordedBy));
    }

    /**
     * Records figures the statistics bureau has published, loaded by the platform itself (the demo data of its
     * report), not by a client: they may be FINAL.
     */
    public Result recordPublished(ObservationInput input, String recordedBy) {
        return record(input, recordedBy, null, true);
    }

    private Result record(ObservationInput input, String recordedBy, String revisionReason, boolean mayFinalize) {
        Result result = ConflictRetry.run(() -> recordOnce(input, recordedBy, revisionReason, mayFinalize));
        if (result.outcome() != Outcome.UNCHANGED) {
            publisher.publishEvent(new ObservationChanged(input.indicator(), input.region(),
                    ObservationRules.period(input.period()).year()));
        }
        return result;
    }

    private Result recordOnce(ObservationInput input, String recordedBy, String revisionReason, boolean mayFinalize) {
        Indicator indicator = indicators.findById(input.indicator()).orElse(null);
        Period period = ObservationRules.check(indicator, regions.existsById(input.region()), input);
        Observation observation = observations.findById(Observation.idOf(input.indicator(), input.region(),
                period.toString())).orElse(null);
        boolean created = observation == null;
        if (created) {
            observation = new Observation(indicator.code(), input.region(), period);
        }
        Observation.Figures previous = observation.current();
        Observation.Figures figures = figures(indicator, input, recordedBy, Instant.now(clock), revisionReason);
        if (figures.sameAs(previous)) {
            return new Result(Outcome.UNCHANGED, observation);
        }
        FinalFigures.check(previous, figures, mayFinalize);
        observation.record(figures);
        ObservationRecorded data = new ObservationRecorded(indicator.code(), input.region(), period.toString(),
                figures.value(), figures.growthPercent(), figures.growthReported(), indicator.unit(),
                indicator.unitMultiplier(), figures.status(), figures.sourceDepartment(), observation.revisionCount(),
                previous == null ? null : previous.value(), previous == null ? null : previous.growthPercent(),
                figures.approximation());
        observation.publish(events.create(ObservationRecorded.EVENT, observation.id(),
                "indicators/" + indicator.code() + "/observations/" + input.region() + "/" + period, data));
        observation = observations.save(observation);
        return new Result(created ? Outcome.CREATED : Outcome.UPDATED, observation);
    }

    private static Observation.Figures figures(Indicator indicator, ObservationInput input, String by, Instant at,
                                               String revisionReason) {
        String status = input.status() == null ? "PROVISIONAL" : input.status();
        return new Observation.Figures(input.value(), input.growthPercent(), input.growthPercent() != null, status,
                input.sourceDepartment() == null ? indicator.department() : input.sourceDepartment(), by, at,
                input.approximation(), revisionReason);
    }
}
