package cn.gov.zhushan.plan.indicator.registry;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import cn.gov.zhushan.plan.indicator.observations.FieldProblem;
import cn.gov.zhushan.plan.indicator.observations.ObservationRepository;

/**
 * Creates and changes indicator definitions on an administrator's behalf ({@code indicators:admin}), within
 * {@link IndicatorDefinitionRules}, and keeps every change in {@code catalogue_changes}.
 */
@Service
public class CatalogueEditing {

    public enum Outcome { CREATED, UPDATED, UNCHANGED }

    public record Result(Outcome outcome, Indicator indicator) {
    }

    private final IndicatorRepository indicators;
    private final ObservationRepository observations;
    private final CatalogueChangeRepository changes;
    private final Clock clock;

    public CatalogueEditing(IndicatorRepository indicators, ObservationRepository observations,
                            CatalogueChangeRepository changes, Clock clock) {
        this.indicators = indicators;
        this.observations = observations;
        this.changes = changes;
        this.clock = clock;
    }

    public Result define(String code, IndicatorDefinition definition, String changedBy) {
        Indicator wanted = definition.toIndicator(code);
        List<String> inconsistent = IndicatorDefinitionRules.inconsistencies(wanted);
        if (!inconsistent.isEmpty()) {
            String first = inconsistent.get(0);
            throw FieldProblem.invalid(first.substring(0, first.indexOf(':')), first.substring(first.indexOf(':') + 2));
        }
        Indicator stored = indicators.findById(code).orElse(null);
        if (wanted.equals(stored)) {
            return new Result(Outcome.UNCHANGED, stored);
        }
        List<String> forbidden = IndicatorDefinitionRules.forbiddenChanges(stored, wanted, stored != null && observations.existsByIndicatorCode(code));
        if (!forbidden.isEmpty()) {
            throw new FieldProblem(HttpStatus.CONFLICT, forbidden.get(0), "cannot change while figures are stored under "
                    + code + " (" + String.join(", ", forbidden) + " decide what they mean); define a new indicator instead");
        }
        indicators.save(wanted);
        changes.save(new CatalogueChange(UUID.randomUUID().toString(), code, changedBy, clock.instant(), stored, wanted));
        return new Result(stored == null ? Outcome.CREATED : Outcome.UPDATED, wanted);
    }

    public List<CatalogueChange> history(String code) {
        return changes.findTop100ByCodeOrderByChangedAtDesc(code);
    }
}
