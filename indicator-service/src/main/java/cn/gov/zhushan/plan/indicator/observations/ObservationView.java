package cn.gov.zhushan.plan.indicator.observations;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An observation as the API shows it; value in {@code unit} (× 10^unitMultiplier of the base unit);
 * {@code approximate} with the word ({@code approximation}: 约, 近, 余) when the figure was published as approximate.
 */
public record ObservationView(String indicator, String region, String period, BigDecimal value,
                             BigDecimal growthPercent, boolean growthReported, String status,
                             String sourceDepartment, String recordedBy, Instant recordedAt, int revisions,
                             boolean approximate, String approximation) {

    public static ObservationView of(Observation o, Observation.Figures f) {
        return new ObservationView(o.indicatorCode(), o.regionCode(), o.period(), f.value(), f.growthPercent(),
                f.growthReported(), f.status(), f.sourceDepartment(), f.recordedBy(), f.recordedAt(), o.revisionCount(),
                f.approximate(), f.approximation());
    }

    public static ObservationView of(Observation o) {
        return of(o, o.current());
    }
}
