package cn.gov.zhushan.plan.indicator.targets;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.zhushan.plan.indicator.derived.YearToDate;
import cn.gov.zhushan.plan.indicator.observations.Observation;
import cn.gov.zhushan.plan.indicator.periods.Period;
import cn.gov.zhushan.plan.indicator.registry.Indicator;
import cn.gov.zhushan.plan.indicator.registry.Publication;

/**
 * What a target means along its year and where the year is heading, from the observations of the target year and
 * the year before: the band that meets it at year end, the path (the year-to-date figure due at each milestone),
 * and the year-end projection from the latest year-to-date figure with the shortfall it implies.
 * <ul>
 * <li>a level target of a flow (key-project investment 34.13亿元) is due step by step, along last year's shape;</li>
 * <li>a growth target is a cumulative growth, due at every milestone; its implied level's path follows the shape;</li>
 * <li>a level target of a mean, a ratio or a stock (PM2.5, good-air days) holds all year.</li>
 * </ul>
 */
public final class TargetOutlook {

    private TargetOutlook() {
    }

    /** The target as judged: kind, comparator, value (percent or unit), tolerance and the base level, if any. */
    public record Terms(TargetKind kind, TargetComparator comparator, BigDecimal value, BigDecimal tolerance,
                        BigDecimal baseLevel) {

        public static Terms of(Target target) {
            return new Terms(target.kind(), target.comparator(), target.value(), target.tolerance(), target.baseLevel());
        }
    }

    /**
     * @param expected the year-to-date measure due by the end of {@code period}: percent for growth targets
     * @param level    the year-to-date level due then, in the indicator's unit (a growth target's implied level), or null
     * @param seasonal whether its share follows last year's shape
     */
    public record Milestone(String period, BigDecimal expected, BigDecimal level, boolean seasonal) {
    }

    /**
     * @param projection         the year-end measure the latest year-to-date figure points to (null without data)
     * @param projectedShortfall how far outside the band the projection lies (positive: it misses), else the margin (negative)
     */
    public record Outlook(Direction direction, Band band, WithinYearPath.Shape shape, List<Milestone> path,
                          BigDecimal projection, BigDecimal projectedShortfall, boolean projectionMissesBand) {
    }

    public static Outlook of(Indicator indicator, Terms terms, int year, Map<String, Observation> byPeriod,
                             Period latest, BigDecimal latestMeasure) {
        Direction direction = TargetRules.direction(terms.comparator(), indicator.hasDirection(), indicator.lowerIsBetter());
        Band band = TargetRules.band(direction, terms.value(), terms.tolerance());
        Map<Integer, BigDecimal> lastYear = lastYearToDate(indicator, year, byPeriod);
        List<Milestone> path = new ArrayList<>();
        List<WithinYearPath.Share> shares = new ArrayList<>();
        BigDecimal impliedExact = terms.kind() == TargetKind.GROWTH && terms.baseLevel() != null
                ? WithinYearPath.impliedLevelExact(terms.baseLevel(), terms.value()) : null;
        for (Period milestone : WithinYearPath.milestones(indicator.periodType(), year)) {
            WithinYearPath.Share share = WithinYearPath.share(milestone.endMonth(), lastYear);
            boolean stepwise = indicator.flow() && !share.whole();
            if (indicator.flow()) {
                shares.add(share);
            }
            BigDecimal level = terms.kind() == TargetKind.LEVEL ? terms.value() : impliedExact;
            BigDecimal levelDue = level == null ? null
                    : indicator.flow() ? WithinYearPath.levelAt(level, share, indicator.decimals())
                    : level.setScale(Math.max(indicator.decimals(), 0), RoundingMode.HALF_UP);
            BigDecimal expected = terms.kind() == TargetKind.GROWTH ? terms.value() : levelDue;
            path.add(new Milestone(milestone.toString(), expected, levelDue, stepwise && share.seasonal()));
        }
        WithinYearPath.Shape shape = shares.isEmpty() ? WithinYearPath.Shape.EVEN : WithinYearPath.shape(shares);
        BigDecimal projection = latest == null || latestMeasure == null ? null
                : project(indicator, terms, latest, latestMeasure, lastYear);
        BigDecimal projectedShortfall = projection == null ? null : band.distanceOutside(projection).stripTrailingZeros();
        return new Outlook(direction, band, shape, List.copyOf(path), projection, projectedShortfall,
                projectedShortfall != null && projectedShortfall.signum() > 0);
    }

    /** The measure due by the end of {@code period} (pro-rated for a level target of a flow), rounded once. */
    public static BigDecimal expectedAt(Indicator indicator, Terms terms, Period period, Map<String, Observation> byPeriod) {
        if (terms.kind() == TargetKind.GROWTH || !indicator.flow()) {
            return terms.value();
        }
        WithinYearPath.Share share = WithinYearPath.share(period.endMonth(), lastYearToDate(indicator, period.year(), byPeriod));
        return WithinYearPath.levelAt(terms.value(), share, indicator.decimals());
    }

    /** The tolerance at the same point: a level band shrinks with the share of the year due, a growth band does not. */
    public static BigDecimal toleranceAt(Terms terms, BigDecimal expected) {
        if (terms.tolerance() == null || terms.kind() == TargetKind.GROWTH || terms.value().signum() == 0) {
            return terms.tolerance();
        }
        return terms.tolerance().multiply(expected).divide(terms.value(), MathContext.DECIMAL128);
    }

    private static BigDecimal project(Indicator indicator, Terms terms, Period latest, BigDecimal measure,
                                      Map<Integer, BigDecimal> lastYear) {
        if (terms.kind() == TargetKind.GROWTH || latest.closesYear()) {
            // a cumulative growth carried to year end is the growth of the year projected along last year's shape:
            // (ytd ÷ share) ÷ last year = ytd ÷ last year's same months
            return measure;
        }
        if (indicator.flow()) {
            return WithinYearPath.projectFlow(measure, WithinYearPath.share(latest.endMonth(), lastYear), indicator.decimals());
        }
        if (indicator.publication() == Publication.POINT_IN_TIME) {
            return measure;
        }
        return WithinYearPath.projectMean(measure, lastYear.get(latest.endMonth()), lastYear.get(12), indicator.decimals());
    }

    /** Last year's year-to-date figures by end month, as the indicator is published (12 = its whole year). */
    static Map<Integer, BigDecimal> lastYearToDate(Indicator indicator, int year, Map<String, Observation> byPeriod) {
        Map<Period, BigDecimal> values = new HashMap<>();
        for (Observation o : byPeriod.values()) {
            if (o.year() == year - 1 && o.current() != null && o.current().value() != null) {
                values.put(o.periodValue(), o.current().value());
            }
        }
        Map<Integer, BigDecimal> byMonth = new HashMap<>();
        for (int month = 1; month <= 12; month++) {
            BigDecimal ytd = YearToDate.of(indicator.publication(), indicator.yearFormedBy(), year - 1, values, month);
            if (ytd != null) {
                byMonth.put(month, ytd);
            }
        }
        return byMonth;
    }
}
