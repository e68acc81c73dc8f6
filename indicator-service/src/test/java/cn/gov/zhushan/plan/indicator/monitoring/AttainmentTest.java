package cn.gov.zhushan.plan.indicator.monitoring;

import static cn.gov.zhushan.plan.indicator.monitoring.AttainmentStatus.AT_RISK;
import static cn.gov.zhushan.plan.indicator.monitoring.AttainmentStatus.NO_DATA;
import static cn.gov.zhushan.plan.indicator.monitoring.AttainmentStatus.OFF_TRACK;
import static cn.gov.zhushan.plan.indicator.monitoring.AttainmentStatus.ON_TRACK;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import cn.gov.zhushan.plan.indicator.targets.TargetComparator;
import cn.gov.zhushan.plan.indicator.targets.TargetKind;
import cn.gov.zhushan.plan.indicator.targets.TargetsProperties;

class AttainmentTest {

    private static final TargetsProperties DEFAULTS = TargetsProperties.defaults();

    /** 2025 GDP "about +5%" with the default 0.5-point band: met from 4.5%. */
    private static AttainmentStatus gdp(String growth, String previous, boolean closesYear) {
        return Attainment.evaluate(TargetKind.GROWTH, TargetComparator.ABOUT, false, new BigDecimal("5"),
                new BigDecimal("0.5"), growth == null ? null : new BigDecimal(growth),
                previous == null ? null : new BigDecimal(previous), closesYear, DEFAULTS).status();
    }

    @Test
    void aboutFivePercentIsMetWithinTheBand() {
        assertThat(gdp("5.3", null, false)).isEqualTo(ON_TRACK);
        assertThat(gdp("4.6", null, false)).isEqualTo(ON_TRACK);
        assertThat(gdp("4.5", null, true)).isEqualTo(ON_TRACK);
        assertThat(gdp(null, null, false)).isEqualTo(NO_DATA);
    }

    @Test
    void aShortfallIsAtRiskWhileTheYearRunsAndOffTrackBeyondTheBandOrAtTheYearsEnd() {
        // the 2024 outturn of +4.2% against a 2025 "about 5%" target
        assertThat(gdp("4.2", null, false)).isEqualTo(AT_RISK);    // 0.3 points short of 4.5
        assertThat(gdp("3.4", null, false)).isEqualTo(OFF_TRACK);  // 1.1 points short, beyond the 1-point band
        assertThat(gdp("4.2", null, true)).isEqualTo(OFF_TRACK);   // the year is over
        Attainment.Evaluation e = Attainment.evaluate(TargetKind.GROWTH, TargetComparator.ABOUT, false,
                new BigDecimal("5"), new BigDecimal("0.5"), new BigDecimal("4.2"), null, false, DEFAULTS);
        assertThat(e.threshold()).isEqualByComparingTo("4.5");
        assertThat(e.shortfall()).isEqualByComparingTo("0.3");
    }

    @Test
    void aWorseningTrajectoryNearTheThresholdIsAtRisk() {
        assertThat(gdp("4.8", "5.4", false)).isEqualTo(AT_RISK);   // met, but falling with 0.3 points left
        assertThat(gdp("4.8", "4.6", false)).isEqualTo(ON_TRACK);  // met and rising
        assertThat(gdp("6.0", "6.5", false)).isEqualTo(ON_TRACK);  // falling but 1.5 points clear
    }

    @Test
    void lowerIsBetterForPm25KeptAtTheCurrentLevel() {
        // PM2.5 20.4 μg/m³ in 2024, "kept at the current level": at most 20.4, the risk band is 5% (1.02)
        assertThat(pm25("19.8", false)).isEqualTo(ON_TRACK);
        assertThat(pm25("21.0", false)).isEqualTo(AT_RISK);
        assertThat(pm25("22.0", false)).isEqualTo(OFF_TRACK);
        assertThat(pm25("20.5", true)).isEqualTo(OFF_TRACK);
        // "about" follows the indicator's polarity
        assertThat(Attainment.evaluate(TargetKind.LEVEL, TargetComparator.ABOUT, true, new BigDecimal("20.4"),
                new BigDecimal("0.2"), new BigDecimal("20.6"), null, true, DEFAULTS).status()).isEqualTo(ON_TRACK);
    }

    private static AttainmentStatus pm25(String mean, boolean closesYear) {
        return Attainment.evaluate(TargetKind.LEVEL, TargetComparator.AT_MOST, true, new BigDecimal("20.4"),
                BigDecimal.ZERO, new BigDecimal(mean), null, closesYear, DEFAULTS).status();
    }

    @Test
    void budgetExpenditureMissesOnEitherSideOfItsBand() {
        // about 21.09亿元 ±1%: neither overspending nor underspending meets it
        assertThat(expenditure("21.0", true).status()).isEqualTo(ON_TRACK);
        Attainment.Evaluation over = expenditure("22.5", true);
        assertThat(over.status()).isEqualTo(OFF_TRACK);
        assertThat(over.threshold()).isEqualByComparingTo("21.3009");
        assertThat(over.shortfall()).isEqualByComparingTo("1.1991");
        Attainment.Evaluation under = expenditure("19.5", true);
        assertThat(under.status()).isEqualTo(OFF_TRACK);
        assertThat(under.threshold()).isEqualByComparingTo("20.8791");
        assertThat(expenditure("21.4", false).status()).isEqualTo(AT_RISK);
    }

    private static Attainment.Evaluation expenditure(String level, boolean closesYear) {
        return Attainment.evaluate(TargetKind.LEVEL, cn.gov.zhushan.plan.indicator.targets.Direction.WITHIN_BAND,
                new BigDecimal("21.09"), new BigDecimal("0.2109"), new BigDecimal(level), null, closesYear, DEFAULTS);
    }

    @Test
    void aProjectionThatMissesTheBandIsAWarningWhileTheYearRuns() {
        assertThat(Attainment.withProjection(ON_TRACK, true, false)).isEqualTo(AT_RISK);
        assertThat(Attainment.withProjection(ON_TRACK, false, false)).isEqualTo(ON_TRACK);
        assertThat(Attainment.withProjection(OFF_TRACK, true, false)).isEqualTo(OFF_TRACK);
        assertThat(Attainment.withProjection(ON_TRACK, true, true)).isEqualTo(ON_TRACK); // the year is its own outturn
    }

    @Test
    void warningsArePublishedOnlyOnChange() {
        assertThat(Attainment.warningEvent(null, ON_TRACK)).isEmpty();
        assertThat(Attainment.warningEvent(null, AT_RISK)).contains(WarningEvent.RAISED);
        assertThat(Attainment.warningEvent(ON_TRACK, AT_RISK)).contains(WarningEvent.RAISED);
        assertThat(Attainment.warningEvent(AT_RISK, AT_RISK)).isEmpty();
        assertThat(Attainment.warningEvent(AT_RISK, OFF_TRACK)).contains(WarningEvent.RAISED);
        assertThat(Attainment.warningEvent(OFF_TRACK, ON_TRACK)).contains(WarningEvent.CLEARED);
        assertThat(Attainment.warningEvent(AT_RISK, NO_DATA)).contains(WarningEvent.CLEARED);
        assertThat(Attainment.warningEvent(ON_TRACK, ON_TRACK)).isEmpty();
        assertThat(Attainment.warningEvent(NO_DATA, ON_TRACK)).isEmpty();
    }
}
