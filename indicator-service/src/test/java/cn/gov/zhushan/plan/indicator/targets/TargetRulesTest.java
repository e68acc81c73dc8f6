package cn.gov.zhushan.plan.indicator.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import cn.gov.zhushan.plan.indicator.periods.Period;

/** The 2025 draft plan's targets on the 2024 report's base. */
class TargetRulesTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void the2025TargetsImplyTheseLevels() {
        // GDP 279.6亿元, about +5% -> 293.58亿元
        assertThat(TargetRules.impliedLevel(d("279.6"), d("5"), 2)).isEqualByComparingTo("293.58");
        // retail sales 232.6亿元, about +5.5% -> 245.4亿元 (one decimal)
        assertThat(TargetRules.impliedLevel(d("232.6"), d("5.5"), 1)).isEqualByComparingTo("245.4");
        // budget revenue 6.68亿元, about +1.1% -> 6.75亿元
        assertThat(TargetRules.impliedLevel(d("6.68"), d("1.1"), 2)).isEqualByComparingTo("6.75");
        // urban per-capita disposable income 53,828元, about +5% -> 56,519元
        assertThat(TargetRules.impliedLevel(d("53828"), d("5"), 0)).isEqualByComparingTo("56519");
        assertThat(TargetRules.impliedLevel(null, d("5"), 2)).isNull();
    }

    @Test
    void levelTargetsOfFlowsArePoRatedInsideTheYearOthersHoldAllYear() {
        assertThat(TargetRules.expectedAt(TargetKind.LEVEL, d("293.58"), true, Period.parse("2025Q3"), 2))
                .isEqualByComparingTo("220.19");
        assertThat(TargetRules.expectedAt(TargetKind.LEVEL, d("293.58"), true, Period.parse("2025"), 2))
                .isEqualByComparingTo("293.58");
        assertThat(TargetRules.expectedAt(TargetKind.GROWTH, d("5"), true, Period.parse("2025Q1"), 2))
                .isEqualByComparingTo("5");
        // PM2.5 "kept at the current level" of 20.4 μg/m³ is a mean: no pro-rating
        assertThat(TargetRules.expectedAt(TargetKind.LEVEL, d("20.4"), false, Period.parse("2025-03"), 1))
                .isEqualByComparingTo("20.4");
    }

    @Test
    void aboutHasAConfigurableBandPerKindOfIndicatorStrictComparatorsHaveNone() {
        TargetsProperties defaults = TargetsProperties.defaults();
        assertThat(TargetRules.defaultTolerance(TargetComparator.ABOUT, TargetKind.GROWTH, d("5"), "OUTPUT", defaults))
                .isEqualByComparingTo("0.5");
        assertThat(TargetRules.defaultTolerance(TargetComparator.ABOUT, TargetKind.GROWTH, d("5"), "GENERAL",
                new TargetsProperties(d("0.3"), null, null, null, null))).isEqualByComparingTo("0.3");
        assertThat(TargetRules.defaultTolerance(TargetComparator.ABOUT, TargetKind.GROWTH, d("1.1"), "FISCAL",
                new TargetsProperties(null, null, null, null, java.util.Map.of("FISCAL", d("0.1")))))
                .isEqualByComparingTo("0.1");
        assertThat(TargetRules.defaultTolerance(TargetComparator.ABOUT, TargetKind.LEVEL, d("293.58"), "OUTPUT", defaults))
                .isEqualByComparingTo("2.9358");
        assertThat(TargetRules.defaultTolerance(TargetComparator.AT_LEAST, TargetKind.GROWTH, d("5"), "OUTPUT", defaults)).isZero();
        assertThat(TargetRules.higherIsBetter(TargetComparator.ABOUT, true)).isFalse();
        assertThat(TargetRules.higherIsBetter(TargetComparator.AT_MOST, false)).isFalse();
        assertThat(TargetRules.toleranceSource(null, TargetComparator.ABOUT, "FISCAL")).isEqualTo("DEFAULT_FISCAL");
        assertThat(TargetRules.toleranceSource(d("0.4"), TargetComparator.ABOUT, "FISCAL")).isEqualTo("TARGET");
    }

    @Test
    void budgetRevenueAboutOnePointOnePercentIsNoLongerMetFromZeroPointSix() {
        // the flat ±0.5 points made "about 1.1%" met from 0.6%; fiscal targets default to ±0.2: met from 0.9%
        BigDecimal band = TargetRules.defaultTolerance(TargetComparator.ABOUT, TargetKind.GROWTH, d("1.1"), "FISCAL",
                TargetsProperties.defaults());
        Band meets = TargetRules.band(Direction.HIGHER_IS_BETTER, d("1.1"), band);
        assertThat(meets.lower()).isEqualByComparingTo("0.9");
        assertThat(meets.upper()).isNull();
        assertThat(meets.contains(d("0.6"))).isFalse();
        assertThat(meets.contains(d("0.9"))).isTrue();
        // urban income "about 5%": ±0.3 points
        assertThat(TargetRules.defaultTolerance(TargetComparator.ABOUT, TargetKind.GROWTH, d("5"), "INCOME",
                TargetsProperties.defaults())).isEqualByComparingTo("0.3");
    }

    @Test
    void budgetExpenditureIsMetOnlyInsideABandAroundItsTarget() {
        assertThat(TargetRules.direction(TargetComparator.ABOUT, false, false)).isEqualTo(Direction.WITHIN_BAND);
        assertThat(TargetRules.direction(TargetComparator.AT_MOST, false, false)).isEqualTo(Direction.LOWER_IS_BETTER);
        Band band = TargetRules.band(Direction.WITHIN_BAND, d("21.09"), d("0.21"));
        assertThat(band.lower()).isEqualByComparingTo("20.88");
        assertThat(band.upper()).isEqualByComparingTo("21.30");
        assertThat(band.contains(d("21.5"))).isFalse();
        assertThat(band.distanceOutside(d("21.5"))).isEqualByComparingTo("0.20");
        assertThat(band.distanceOutside(d("20.5"))).isEqualByComparingTo("0.38");
        assertThat(band.distanceOutside(d("21.09"))).isEqualByComparingTo("-0.21");
    }

    @Test
    void theImpliedLevelOfARealGrowthTargetIsAtTheBaseYearsPrices() {
        // 293.58亿元 is 279.6 × 1.05 at 2024 prices: GDP growth is at comparable prices
        assertThat(TargetRules.impliedLevelPrices(true, 2025)).isEqualTo("COMPARABLE_PRICES_OF_2024");
        assertThat(TargetRules.impliedLevelPrices(false, 2025)).isEqualTo("CURRENT_PRICES");
    }
}
