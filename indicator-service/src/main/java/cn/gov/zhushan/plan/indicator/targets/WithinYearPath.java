package cn.gov.zhushan.plan.indicator.targets;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.gov.zhushan.plan.indicator.periods.Period;
import cn.gov.zhushan.plan.indicator.periods.PeriodType;

/**
 * The arithmetic of a year's path towards a target and of a year-end projection, free of storage. A flow's share of
 * the year reached by the end of a month follows last year's seasonal shape where last year's year-to-date figures
 * are known (1–3月 retail sales were 24.8% of 2024's), else an even path (3/12). Every figure is computed exactly
 * and rounded once, at the end, to the indicator's decimals.
 */
public final class WithinYearPath {

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private WithinYearPath() {
    }

    /** LAST_YEAR: every milestone follows last year's shape; EVEN: none could; MIXED: some did. */
    public enum Shape { LAST_YEAR, EVEN, MIXED }

    /**
     * The share of the year reached by the end of a month, as an exact fraction.
     *
     * @param seasonal whether it is last year's (numerator: last year's year to date, denominator: its year)
     */
    public record Share(BigDecimal numerator, BigDecimal denominator, boolean seasonal) {

        public static Share even(int endMonth) {
            return new Share(BigDecimal.valueOf(endMonth), TWELVE, false);
        }

        public boolean whole() {
            return numerator.compareTo(denominator) == 0;
        }
    }

    /**
     * The milestones of a year at an indicator's periodicity, as Chinese statistics publish them: monthly data start
     * with January and February together (1–2月), then March to December; quarterly data by quarter; else the year.
     */
    public static List<Period> milestones(PeriodType periodicity, int year) {
        List<Period> milestones = new ArrayList<>();
        switch (periodicity) {
            case MONTHLY, JAN_FEB -> {
                milestones.add(new Period(PeriodType.JAN_FEB, year, 1));
                for (int month = 3; month <= 12; month++) {
                    milestones.add(new Period(PeriodType.MONTHLY, year, month));
                }
            }
            case QUARTERLY -> {
                for (int quarter = 1; quarter <= 4; quarter++) {
                    milestones.add(new Period(PeriodType.QUARTERLY, year, quarter));
                }
            }
            case HALF_YEARLY -> {
                milestones.add(new Period(PeriodType.HALF_YEARLY, year, 1));
                milestones.add(new Period(PeriodType.HALF_YEARLY, year, 2));
            }
            case ANNUAL -> milestones.add(Period.year(year));
        }
        return milestones;
    }

    /**
     * @param lastYearToDate last year's year-to-date figure by end month (12 = its whole year); missing months absent
     */
    public static Share share(int endMonth, Map<Integer, BigDecimal> lastYearToDate) {
        BigDecimal month = lastYearToDate.get(endMonth);
        BigDecimal year = lastYearToDate.get(12);
        if (month == null || year == null || year.signum() <= 0 || month.signum() < 0) {
            return Share.even(endMonth);
        }
        return new Share(month, year, true);
    }

    public static Shape shape(List<Share> shares) {
        long seasonal = shares.stream().filter(Share::seasonal).count();
        return seasonal == shares.size() ? Shape.LAST_YEAR : seasonal == 0 ? Shape.EVEN : Shape.MIXED;
    }

    /** The part of a year's level due by the share's month: level × share, rounded once. */
    public static BigDecimal levelAt(BigDecimal yearLevel, Share share, int decimals) {
        return yearLevel.multiply(share.numerator()).divide(share.denominator(), decimals, RoundingMode.HALF_UP);
    }

    /** A flow's year-end projection from its year to date: ytd ÷ share, rounded once. */
    public static BigDecimal projectFlow(BigDecimal yearToDate, Share share, int decimals) {
        if (share.numerator().signum() == 0) {
            return null;
        }
        return yearToDate.multiply(share.denominator()).divide(share.numerator(), decimals, RoundingMode.HALF_UP);
    }

    /**
     * A mean's or ratio's year-end projection (PM2.5): the year to date moved by last year's difference between its
     * whole year and the same months (winter months weigh the mean up); the year to date itself without that history.
     */
    public static BigDecimal projectMean(BigDecimal yearToDate, BigDecimal lastYearSameMonths, BigDecimal lastYear,
                                         int decimals) {
        if (lastYearSameMonths == null || lastYear == null || lastYearSameMonths.signum() == 0) {
            return yearToDate.scale() > decimals ? yearToDate.setScale(decimals, RoundingMode.HALF_UP) : yearToDate;
        }
        return yearToDate.multiply(lastYear).divide(lastYearSameMonths, decimals, RoundingMode.HALF_UP);
    }

    /** The level a growth target implies, exact (279.6 × 105 / 100 = 293.58); rounding is left to the caller. */
    public static BigDecimal impliedLevelExact(BigDecimal baseLevel, BigDecimal growthPercent) {
        return baseLevel.multiply(BigDecimal.valueOf(100).add(growthPercent)).divide(BigDecimal.valueOf(100), MathContext.DECIMAL128);
    }
}
