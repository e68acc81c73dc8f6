package cn.gov.zhushan.plan.indicator.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Pattern;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.zhushan.plan.indicator.observations.Observation;
import cn.gov.zhushan.plan.indicator.observations.ObservationRepository;
import cn.gov.zhushan.plan.indicator.observations.ObservationRules;
import cn.gov.zhushan.plan.indicator.periods.Period;
import cn.gov.zhushan.plan.indicator.registry.Indicator;
import cn.gov.zhushan.plan.indicator.registry.IndicatorRepository;
import cn.gov.zhushan.plan.platform.time.PlatformTime;

/**
 * {@code GET /api/v1/indicators/reporting/completeness/{period}?region=}: per department, how much of a period is
 * in and how much of it is FINAL. The catalogue is small (tens of indicators); the figures are read by their keys.
 */
@RestController
@Validated
@RequestMapping("/api/v1/indicators/reporting/completeness")
class ReportingCompletenessController {

    private final IndicatorRepository indicators;
    private final ObservationRepository observations;
    private final Clock clock;

    ReportingCompletenessController(IndicatorRepository indicators, ObservationRepository observations, Clock clock) {
        this.indicators = indicators;
        this.observations = observations;
        this.clock = clock;
    }

    record Answer(String period, String region, LocalDate today, List<ReportingCompleteness.Department> departments) {
    }

    @GetMapping("/{period}")
    Answer completeness(@PathVariable String period,
                        @RequestParam(defaultValue = "360203") @Pattern(regexp = "\\d{6}") String region) {
        Period asked = ObservationRules.period(period);
        List<Indicator> catalogue = indicators.findAll();
        List<String> ids = catalogue.stream().map(i -> Observation.idOf(i.code(), region, asked.toString())).toList();
        Map<String, Observation> figures = observations.findAllById(ids).stream()
                .collect(Collectors.toMap(Observation::indicatorCode, Function.identity()));
        LocalDate today = LocalDate.now(clock.withZone(PlatformTime.DISTRICT_ZONE));
        return new Answer(asked.toString(), region, today, ReportingCompleteness.of(asked, catalogue, figures, today));
    }
}
