package cn.gov.zhushan.plan.indicator.observations;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.zhushan.plan.platform.web.NotFoundException;
import cn.gov.zhushan.plan.platform.web.PageView;

@RestController
@Validated
@RequestMapping("/api/v1/indicators/{code}/observations")
class ObservationController {

    static final String CODE = "[A-Z0-9_]{1,40}";
    static final String REGION = "\\d{6}";

    private final ObservationRecording recording;
    private final ObservationRepository observations;

    ObservationController(ObservationRecording recording, ObservationRepository observations) {
        this.recording = recording;
        this.observations = observations;
    }

    /** Idempotent by indicator + region + period: 201 when created, 200 when updated or unchanged. */
    @PutMapping("/{region}/{period}")
    ResponseEntity<RecordResult> put(@PathVariable @Pattern(regexp = CODE) String code,
                                     @PathVariable @Pattern(regexp = REGION, message = "must be a 6-digit division code") String region,
                                     @PathVariable String period, @Valid @RequestBody ObservationRequest body,
                                     @AuthenticationPrincipal Jwt caller) {
        ObservationRecording.Result result = recording.record(new ObservationInput(code, region, period, body.value(),
                body.growthPercent(), body.sourceDepartment(), body.status(), body.approximation()), caller.getSubject(),
                body.revisionReason());
        return ResponseEntity.status(result.outcome() == ObservationRecording.Outcome.CREATED ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new RecordResult(result.outcome().name(), ObservationView.of(result.observation())));
    }

    @GetMapping
    PageView<ObservationView> list(@PathVariable @Pattern(regexp = CODE) String code,
                                   @RequestParam(required = false) @Pattern(regexp = REGION) String region,
                                   @RequestParam(defaultValue = "0") @Min(0) int page,
                                   @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        PageRequest request = PageRequest.of(page, size, Sort.by("regionCode", "year", "periodIndex"));
        var found = region == null ? observations.findByIndicatorCode(code, request)
                : observations.findByIndicatorCodeAndRegionCode(code, region, request);
        return PageView.of(found.map(ObservationView::of));
    }

    /** The current figures, or those in force at {@code asOf} (an ISO instant) when given. */
    @GetMapping("/{region}/{period}")
    ObservationView get(@PathVariable @Pattern(regexp = CODE) String code,
                        @PathVariable @Pattern(regexp = REGION) String region, @PathVariable String period,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf) {
        Observation observation = find(code, region, period);
        if (asOf == null) {
            return ObservationView.of(observation);
        }
        return observation.asOf(asOf).map(f -> ObservationView.of(observation, f))
                .orElseThrow(() -> new NotFoundException("No value of " + code + " for " + region + " " + period
                        + " was recorded by " + asOf + "."));
    }

    /** The audit trail: every change with who, when, the old and the new figures, oldest first. */
    @GetMapping("/{region}/{period}/revisions")
    List<Revision> revisions(@PathVariable @Pattern(regexp = CODE) String code,
                             @PathVariable @Pattern(regexp = REGION) String region, @PathVariable String period) {
        List<Observation.Figures> versions = find(code, region, period).versions();
        List<Revision> trail = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            Observation.Figures old = i == 0 ? null : versions.get(i - 1);
            Observation.Figures now = versions.get(i);
            trail.add(new Revision(i, now.recordedBy(), now.recordedAt(), old == null ? null : old.value(), now.value(),
                    old == null ? null : old.growthPercent(), now.growthPercent(), old == null ? null : old.status(),
                    now.status(), now.revisionReason()));
        }
        return trail;
    }

    private Observation find(String code, String region, String period) {
        String normalised = ObservationRules.period(period).toString();
        return observations.findById(Observation.idOf(code, region, normalised)).orElseThrow(() ->
                new NotFoundException("No value of " + code + " for region " + region + " in " + normalised + "."));
    }

    record RecordResult(String outcome, ObservationView observation) {
    }

    record Revision(int revision, String changedBy, Instant changedAt, BigDecimal oldValue, BigDecimal newValue,
                    BigDecimal oldGrowthPercent, BigDecimal newGrowthPercent, String oldStatus, String newStatus,
                    String revisionReason) {
    }
}
