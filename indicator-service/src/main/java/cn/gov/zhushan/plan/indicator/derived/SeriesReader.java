package cn.gov.zhushan.plan.indicator.derived;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.gov.zhushan.plan.indicator.observations.Observation;
import cn.gov.zhushan.plan.indicator.observations.ObservationRepository;
import cn.gov.zhushan.plan.indicator.periods.Period;
import cn.gov.zhushan.plan.indicator.registry.Indicator;

/** Reads one region's series of an indicator for a year and the year before, and derives its figures. */
@Component
public class SeriesReader {

    private final ObservationRepository observations;

    public SeriesReader(ObservationRepository observations) {
        this.observations = observations;
    }

    /**
     * @param growthPercent the reported growth if any, else computed from this and the prior year's value
     */
    public record Point(Period period, BigDecimal value, BigDecimal priorValue, BigDecimal growthPercent,
                        boolean growthReported, BigDecimal yearToDate, BigDecimal yearToDateGrowthPercent) {

        public boolean hasData() {
            return value != null || growthPercent != null;
        }
    }

    public Map<String, Observation> yearAndPrior(Indicator indicator, String region, int year) {
        return observations.findByIndicatorCodeAndRegionCodeAndYearIn(indicator.code(), region, List.of(year, year - 1))
                .stream().collect(Collectors.toMap(Observation::period, Function.identity()));
    }

    public Point point(Indicator indicator, String region, Period period) {
        return point(indicator, period, yearAndPrior(indicator, region, period.year()));
    }

    /** The derived figures of {@code period} from the observations of its year and the year before (by period). */
    public static Point point(Indicator indicator, Period period, Map<String, Observation> byPeriod) {
        Observation.Figures now = figures(byPeriod, period);
        Observation.Figures prior = figures(byPeriod, period.yearBefore());
        BigDecimal value = now == null ? null : now.value();
        BigDecimal priorValue = prior == null ? null : prior.value();
        boolean reported = now != null && now.growthReported();
        BigDecimal growth = reported ? now.growthPercent()
                : DerivedFigures.growthPercent(value, priorValue, Math.max(1, indicator.decimals()));
        BigDecimal ytd = null;
        BigDecimal ytdGrowth = null;
        if (period.type() != cn.gov.zhushan.plan.indicator.periods.PeriodType.ANNUAL) {
            ytd = DerivedFigures.yearToDate(period.yearToDate().stream().map(p -> valueOf(byPeriod, p)).toList(), indicator.sums());
            List<BigDecimal> priorSpan = period.yearBefore().yearToDate().stream().map(p -> valueOf(byPeriod, p)).toList();
            boolean complete = period.yearToDate().stream().allMatch(p -> valueOf(byPeriod, p) != null)
                    && priorSpan.stream().allMatch(v -> v != null);
            ytdGrowth = complete ? DerivedFigures.growthPercent(ytd, DerivedFigures.yearToDate(priorSpan, indicator.sums()),
                    Math.max(1, indicator.decimals())) : null;
        }
        return new Point(period, value, priorValue, growth, reported, ytd, ytdGrowth);
    }

    private static Observation.Figures figures(Map<String, Observation> byPeriod, Period period) {
        Observation observation = byPeriod.get(period.toString());
        return observation == null ? null : observation.current();
    }

    private static BigDecimal valueOf(Map<String, Observation> byPeriod, Period period) {
        Observation.Figures f = figures(byPeriod, period);
        return f == null ? null : f.value();
    }
}
