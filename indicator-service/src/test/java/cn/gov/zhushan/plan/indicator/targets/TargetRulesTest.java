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
    void aboutHasAConfigurableBandStrictComparatorsHaveNone() {
        TargetsProperties defaults = TargetsProperties.defaults();
        assertThat(TargetRules.defaultTolerance(TargetComparator.ABOUT, TargetKind.GROWTH, d("5"), defaults))
                .isEqualByComparingTo("0.5");
        assertThat(TargetRules.defaultTolerance(TargetComparator.ABOUT, TargetKind.GROWTH, d("5"),
                new TargetsProperties(d("0.3"), null, null, null))).isEqualByComparingTo("0.3");
        assertThat(TargetRules.defaultTolerance(TargetComparator.ABOUT, TargetKind.LEVEL, d("293.58"), defaults))
                .isEqualByComparingTo("2.9358");
        assertThat(TargetRules.defaultTolerance(TargetComparator.AT_LEAST, TargetKind.GROWTH, d("5"), defaults)).isZero();
        assertThat(TargetRules.higherIsBetter(TargetComparator.ABOUT, true)).isFalse();
        assertThat(TargetRules.higherIsBetter(TargetComparator.AT_MOST, false)).isFalse();
    }
}
