package cn.gov.zhushan.plan.indicator.derived;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.gov.zhushan.plan.indicator.observations.Observation;
import cn.gov.zhushan.plan.indicator.observations.ObservationRepository;
import cn.gov.zhushan.plan.indicator.periods.Period;
import cn.gov.zhushan.plan.indicator.periods.PeriodType;
import cn.gov.zhushan.plan.indicator.registry.Indicator;
import cn.gov.zhushan.plan.indicator.registry.Publication;
import cn.gov.zhushan.plan.indicator.registry.YearFrom;

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

    /**
     * The derived figures of {@code period} from the observations of its year and the year before (by period).
     * The year to date is formed as the indicator is published: a cumulative series (累计) is read at the period's
     * last month, never summed, and its reported growth is the year-to-date growth; a per-period series is added up
     * (or averaged) over the periods from January; a point-in-time level is read as it is.
     */
    public static Point point(Indicator indicator, Period period, Map<String, Observation> byPeriod) {
        Observation.Figures now = figures(byPeriod, period);
        Observation.Figures prior = figures(byPeriod, period.yearBefore());
        BigDecimal value = now == null ? null : now.value();
        BigDecimal priorValue = prior == null ? null : prior.value();
        boolean reported = now != null && now.growthReported();
        int growthScale = Math.max(1, indicator.decimals());
        BigDecimal growth = reported ? now.growthPercent()
                : DerivedFigures.growthPercent(value, priorValue, growthScale);
        BigDecimal ytd = null;
        BigDecimal ytdGrowth = null;
        if (period.type() != PeriodType.ANNUAL) {
            Map<Period, BigDecimal> values = new HashMap<>();
            Map<Period, Observation.Figures> all = new HashMap<>();
            byPeriod.values().forEach(o -> {
                all.put(o.periodValue(), o.current());
                values.put(o.periodValue(), o.current() == null ? null : o.current().value());
            });
            Publication publication = indicator.publication();
            YearFrom yearFrom = indicator.yearFormedBy();
            BigDecimal exact = YearToDate.of(publication, yearFrom, period.year(), values, period.endMonth());
            BigDecimal priorExact = YearToDate.of(publication, yearFrom, period.year() - 1, values, period.endMonth());
            Observation.Figures spanning = publication != Publication.PER_PERIOD
                    ? YearToDate.closing(toFigureValues(all), period.year(), period.endMonth())
                            .map(e -> all.get(e.getKey())).orElse(null)
                    : period.startMonth() == 1 ? now : null;
            ytdGrowth = spanning != null && spanning.growthReported() ? spanning.growthPercent()
                    : DerivedFigures.growthPercent(exact, priorExact, growthScale);
            ytd = exact == null ? null : roundOnce(exact, indicator.decimals());
        }
        return new Point(period, value, priorValue, growth, reported, ytd, ytdGrowth);
    }

    /** Rounds a computed figure once, to the indicator's decimals; a figure already that precise is left as it is. */
    static BigDecimal roundOnce(BigDecimal exact, int decimals) {
        return exact.scale() > decimals ? exact.setScale(decimals, RoundingMode.HALF_UP) : exact;
    }

    // a growth-only observation has no value, but still closes its span: keep it findable with a stand-in
    private static Map<Period, BigDecimal> toFigureValues(Map<Period, Observation.Figures> all) {
        Map<Period, BigDecimal> present = new HashMap<>();
        all.forEach((p, f) -> {
            if (f != null) {
                present.put(p, f.value() != null ? f.value() : BigDecimal.ZERO);
            }
        });
        return present;
    }

    private static Observation.Figures figures(Map<String, Observation> byPeriod, Period period) {
        Observation observation = byPeriod.get(period.toString());
        return observation == null ? null : observation.current();
    }

}
