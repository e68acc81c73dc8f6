package cn.gov.zhushan.plan.indicator.targets;

import java.math.BigDecimal;
import java.math.RoundingMode;

import cn.gov.zhushan.plan.indicator.periods.Period;

/** The arithmetic of targets, free of storage: implied levels, pro-rating, bands. */
public final class TargetRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private TargetRules() {
    }

    /**
     * The level a growth target implies: 279.6亿元 × (1 + 5%) = 293.58亿元, rounded once to the indicator's decimals.
     * For a growth at comparable prices (GDP) this level is at the base year's prices, not the nominal figure the
     * statistics bureau will publish for the target year.
     */
    public static BigDecimal impliedLevel(BigDecimal baseLevel, BigDecimal growthPercent, int decimals) {
        if (baseLevel == null || growthPercent == null) {
            return null;
        }
        return baseLevel.multiply(HUNDRED.add(growthPercent)).divide(HUNDRED, decimals, RoundingMode.HALF_UP);
    }

    /** How the implied level is priced: {@code COMPARABLE_PRICES_OF_<base year>} for a real growth, else {@code CURRENT_PRICES}. */
    public static String impliedLevelPrices(boolean comparablePrices, int targetYear) {
        return comparablePrices ? "COMPARABLE_PRICES_OF_" + (targetYear - 1) : "CURRENT_PRICES";
    }

    /**
     * What the year-to-date measure should be at the end of {@code period} to be on course: a cumulative growth
     * target holds all year; a level target of a flow is pro-rated linearly (the 2025Q3 share of 293.58亿元 is
     * 220.19亿元); a level target of a ratio or concentration holds all year. The even path only: see
     * {@link TargetOutlook} for the path along last year's shape.
     */
    public static BigDecimal expectedAt(TargetKind kind, BigDecimal targetLevelOrGrowth, boolean sums, Period period,
                                        int decimals) {
        if (kind == TargetKind.GROWTH || !sums) {
            return targetLevelOrGrowth;
        }
        // level × months ÷ 12 in one division: a share rounded first (1/12 = 0.0833333333) would round twice
        return targetLevelOrGrowth.multiply(BigDecimal.valueOf(period.endMonth()))
                .divide(BigDecimal.valueOf(12), decimals, RoundingMode.HALF_UP);
    }

    /**
     * The tolerance band of an "about" target when none was given, per kind of indicator ({@code category}): points
     * for a growth target, a percent of the level for a level target; zero for strict comparators.
     */
    public static BigDecimal defaultTolerance(TargetComparator comparator, TargetKind kind, BigDecimal value,
                                              String category, TargetsProperties properties) {
        if (comparator != TargetComparator.ABOUT) {
            return BigDecimal.ZERO;
        }
        return kind == TargetKind.GROWTH ? properties.aboutTolerancePoints(category)
                : value.abs().multiply(properties.aboutTolerancePercent()).divide(HUNDRED, 6, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** Where the tolerance came from: {@code TARGET} (given with it) or {@code DEFAULT_<category>}. */
    public static String toleranceSource(BigDecimal given, TargetComparator comparator, String category) {
        if (given != null) {
            return "TARGET";
        }
        return comparator == TargetComparator.ABOUT ? "DEFAULT_" + category : "STRICT";
    }

    /** Whether meeting the target means being above it: the comparator says so, or the polarity for "about". */
    public static boolean higherIsBetter(TargetComparator comparator, boolean indicatorLowerIsBetter) {
        return switch (comparator) {
            case AT_LEAST -> true;
            case AT_MOST -> false;
            case ABOUT -> !indicatorLowerIsBetter;
        };
    }

    /**
     * Which side is good: a strict comparator says so; "about" follows the indicator's polarity, and an indicator
     * with none (budget expenditure) is met only inside the band.
     */
    public static Direction direction(TargetComparator comparator, boolean indicatorHasDirection, boolean indicatorLowerIsBetter) {
        return switch (comparator) {
            case AT_LEAST -> Direction.HIGHER_IS_BETTER;
            case AT_MOST -> Direction.LOWER_IS_BETTER;
            case ABOUT -> !indicatorHasDirection ? Direction.WITHIN_BAND
                    : indicatorLowerIsBetter ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER;
        };
    }

    /**
     * The values that meet a target: "about" is met from the lower edge of its band when higher is better ("about
     * 5%" from 4.5%, no ceiling), up to the upper edge when lower is better, and only inside the band when neither.
     */
    public static Band band(Direction direction, BigDecimal target, BigDecimal tolerance) {
        BigDecimal t = tolerance == null ? BigDecimal.ZERO : tolerance;
        return switch (direction) {
            case HIGHER_IS_BETTER -> new Band(target.subtract(t), null);
            case LOWER_IS_BETTER -> new Band(null, target.add(t));
            case WITHIN_BAND -> new Band(target.subtract(t), target.add(t));
        };
    }
}
