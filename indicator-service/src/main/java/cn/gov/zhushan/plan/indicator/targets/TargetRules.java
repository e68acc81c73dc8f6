package cn.gov.zhushan.plan.indicator.targets;

import java.math.BigDecimal;
import java.math.RoundingMode;

import cn.gov.zhushan.plan.indicator.periods.Period;

/** The arithmetic of targets, free of storage: implied levels, pro-rating, bands. */
public final class TargetRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private TargetRules() {
    }

    /** The level a growth target implies: 279.6亿元 × (1 + 5%) = 293.58亿元, rounded to the indicator's decimals. */
    public static BigDecimal impliedLevel(BigDecimal baseLevel, BigDecimal growthPercent, int decimals) {
        if (baseLevel == null || growthPercent == null) {
            return null;
        }
        return baseLevel.multiply(HUNDRED.add(growthPercent)).divide(HUNDRED, decimals, RoundingMode.HALF_UP);
    }

    /**
     * What the year-to-date measure should be at the end of {@code period} to be on course: a cumulative growth
     * target holds all year; a level target of a flow is pro-rated linearly (the 2025Q3 share of 293.58亿元 is
     * 220.19亿元); a level target of a ratio or concentration holds all year.
     */
    public static BigDecimal expectedAt(TargetKind kind, BigDecimal targetLevelOrGrowth, boolean sums, Period period,
                                        int decimals) {
        if (kind == TargetKind.GROWTH || !sums) {
            return targetLevelOrGrowth;
        }
        return targetLevelOrGrowth.multiply(period.fractionOfYear()).setScale(decimals, RoundingMode.HALF_UP);
    }

    /** The tolerance band of an "about" target when none was given; zero for strict comparators. */
    public static BigDecimal defaultTolerance(TargetComparator comparator, TargetKind kind, BigDecimal value,
                                              TargetsProperties properties) {
        if (comparator != TargetComparator.ABOUT) {
            return BigDecimal.ZERO;
        }
        return kind == TargetKind.GROWTH ? properties.aboutTolerancePoints()
                : value.abs().multiply(properties.aboutTolerancePercent()).divide(HUNDRED, 6, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** Whether meeting the target means being above it: the comparator says so, or the polarity for "about". */
    public static boolean higherIsBetter(TargetComparator comparator, boolean indicatorLowerIsBetter) {
        return switch (comparator) {
            case AT_LEAST -> true;
            case AT_MOST -> false;
            case ABOUT -> !indicatorLowerIsBetter;
        };
    }
}
