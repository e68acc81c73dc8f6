package cn.gov.zhushan.plan.indicator.derived;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

import cn.gov.zhushan.plan.indicator.periods.Period;
import cn.gov.zhushan.plan.indicator.registry.Publication;
import cn.gov.zhushan.plan.indicator.registry.YearFrom;

/**
 * The figure of a year from January to the end of a month, formed as the indicator is published. Exact: nothing
 * is rounded here (divisions keep 34 digits); the caller rounds once, for display.
 */
public final class YearToDate {

    private YearToDate() {
    }

    /**
     * @param values   one year's values by period (any period types), null values ignored
     * @param endMonth the last month of the span (12 for the whole year)
     * @return the figure, or null when the values do not cover January to {@code endMonth}
     */
    public static BigDecimal of(Publication publication, YearFrom yearFrom, int year, Map<Period, BigDecimal> values,
                                int endMonth) {
        if (publication != Publication.PER_PERIOD) {
            // a cumulative value already runs from January; a level is what it is at the end: read, never added
            return closing(values, year, endMonth).map(Map.Entry::getValue).orElse(null);
        }
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        int month = 1;
        while (month <= endMonth) {
            int from = month;
            // the longest period published that starts here and ends in the span (a quarter rather than its months)
            Optional<Map.Entry<Period, BigDecimal>> next = values.entrySet().stream()
                    .filter(e -> e.getValue() != null && e.getKey().year() == year)
                    .filter(e -> e.getKey().startMonth() == from && e.getKey().endMonth() <= endMonth)
                    .max(Comparator.comparingInt(e -> e.getKey().endMonth()));
            if (next.isEmpty()) {
                return null;
            }
            Period period = next.get().getKey();
            BigDecimal weight = switch (yearFrom) {
                case SUM, LAST_VALUE -> BigDecimal.ONE;
                case MEAN -> BigDecimal.valueOf(period.type().months());
                case RATIO_OF_SUMS -> BigDecimal.valueOf(days(year, period.startMonth(), period.endMonth()));
            };
            weighted = weighted.add(next.get().getValue().multiply(weight));
            weights = weights.add(weight);
            month = period.endMonth() + 1;
        }
        return yearFrom == YearFrom.SUM || yearFrom == YearFrom.LAST_VALUE ? weighted
                : weighted.divide(weights, MathContext.DECIMAL128);
    }

    /** The value published for the span ending at {@code endMonth} (for cumulative and point-in-time series), finest first. */
    static Optional<Map.Entry<Period, BigDecimal>> closing(Map<Period, BigDecimal> values, int year, int endMonth) {
        return values.entrySet().stream()
                .filter(e -> e.getValue() != null && e.getKey().year() == year && e.getKey().endMonth() == endMonth)
                .min(Comparator.comparingInt(e -> e.getKey().type().months()));
    }

    private static int days(int year, int fromMonth, int toMonth) {
        int days = 0;
        for (int m = fromMonth; m <= toMonth; m++) {
            days += YearMonth.of(year, m).lengthOfMonth();
        }
        return days;
    }
}
