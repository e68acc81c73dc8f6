package cn.gov.zhushan.plan.indicator.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gov.zhushan.plan.indicator.observations.Observation;
import cn.gov.zhushan.plan.indicator.periods.Period;
import cn.gov.zhushan.plan.indicator.registry.Indicator;
import cn.gov.zhushan.plan.indicator.registry.Publication;
import cn.gov.zhushan.plan.indicator.registry.YearFrom;

/** 2025's GDP and PM2.5 targets on the 2024 report's figures (the quarters of 2024 are made up). */
class TargetOutlookTest {

    private static final Indicator GDP = new Indicator("GDP", "地区生产总值", "Regional GDP", "亿元", 8, 2, "QUARTERLY",
            "HIGHER_IS_BETTER", "LEVEL_AND_GROWTH", "statistics-bureau", "SUM", "OUTPUT", "COMPARABLE",
            Publication.CUMULATIVE, YearFrom.LAST_VALUE, null);
    private static final Indicator PM25 = new Indicator("PM25_ANNUAL_MEAN", "PM2.5年均浓度", "PM2.5", "μg/m³", 0, 1,
            "MONTHLY", "LOWER_IS_BETTER", "LEVEL", "ecology-environment", "AVERAGE", "ENVIRONMENT", null,
            Publication.PER_PERIOD, YearFrom.MEAN, null);

    private final Map<String, Observation> byPeriod = new HashMap<>();

    private void put(Indicator indicator, String period, String value) {
        Observation o = new Observation(indicator.code(), "360203", Period.parse(period));
        o.record(new Observation.Figures(new BigDecimal(value), null, false, "FINAL", "x", "x", Instant.EPOCH));
        byPeriod.put(period, o);
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void theGdpGrowthTargetsImpliedLevelFollowsLastYearsQuarters() {
        put(GDP, "2024Q1", "63.2");
        put(GDP, "2024Q2", "134.5");
        put(GDP, "2024Q3", "205.0");
        put(GDP, "2024", "279.6");
        TargetOutlook.Terms about5 = new TargetOutlook.Terms(TargetKind.GROWTH, TargetComparator.ABOUT, d("5"), d("0.5"), d("279.6"));
        TargetOutlook.Outlook outlook = TargetOutlook.of(GDP, about5, 2025, byPeriod, Period.parse("2025Q1"), d("4.2"));
        assertThat(outlook.shape()).isEqualTo(WithinYearPath.Shape.LAST_YEAR);
        assertThat(outlook.path()).extracting(TargetOutlook.Milestone::period).containsExactly("2025Q1", "2025Q2", "2025Q3", "2025Q4");
        // 279.6 × 1.05 × 63.2 / 279.6 = 66.36 (at 2024 prices), rounded once
        assertThat(outlook.path().get(0).level()).isEqualByComparingTo("66.36");
        assertThat(outlook.path().get(0).expected()).isEqualByComparingTo("5");
        assertThat(outlook.path().get(3).level()).isEqualByComparingTo("293.58");
        assertThat(outlook.band().lower()).isEqualByComparingTo("4.5");
        // +4.2% in Q1 projects +4.2% for the year: 0.3 points below the band
        assertThat(outlook.projection()).isEqualByComparingTo("4.2");
        assertThat(outlook.projectedShortfall()).isEqualByComparingTo("0.3");
        assertThat(outlook.projectionMissesBand()).isTrue();
    }

    @Test
    void withoutHistoryThePathIsEven() {
        TargetOutlook.Terms level = new TargetOutlook.Terms(TargetKind.LEVEL, TargetComparator.AT_LEAST, d("293.58"), BigDecimal.ZERO, null);
        TargetOutlook.Outlook outlook = TargetOutlook.of(GDP, level, 2025, byPeriod, Period.parse("2025Q3"), d("222.00"));
        assertThat(outlook.shape()).isEqualTo(WithinYearPath.Shape.EVEN);
        assertThat(outlook.path().get(2).expected()).isEqualByComparingTo("220.19"); // 293.58 × 9 / 12
        assertThat(outlook.projection()).isEqualByComparingTo("296.00");             // 222 × 12 / 9
        assertThat(outlook.projectionMissesBand()).isFalse();
        assertThat(TargetOutlook.expectedAt(GDP, level, Period.parse("2025Q3"), byPeriod)).isEqualByComparingTo("220.19");
    }

    @Test
    void aPm25MeanIsProjectedWithLastYearsSeasonsAndWarnsWhenItWillExceedTheCap() {
        // 2024: a winter-heavy first quarter (35.3), 20.4 for the year
        put(PM25, "2024-01_02", "38.0");
        put(PM25, "2024-03", "29.9");
        for (int m = 4; m <= 12; m++) {
            put(PM25, String.format("2024-%02d", m), m <= 9 ? "14.9" : "23.1");
        }
        TargetOutlook.Terms cap = new TargetOutlook.Terms(TargetKind.LEVEL, TargetComparator.AT_MOST, d("20.4"), BigDecimal.ZERO, null);
        TargetOutlook.Outlook outlook = TargetOutlook.of(PM25, cap, 2025, byPeriod, Period.parse("2025-03"), d("38.0"));
        // the path of a mean holds all year
        assertThat(outlook.path()).allSatisfy(m -> assertThat(m.expected()).isEqualByComparingTo("20.4"));
        // last year: (38 × 2 + 29.9) / 3 = 35.3 for January-March, (76 + 29.9 + 6 × 14.9 + 3 × 23.1) / 12 = 22.0 for the year
        // 38 × 22.0... / 35.3 ≈ 23.7: above the cap of 20.4 by 3.3
        assertThat(outlook.projection()).isEqualByComparingTo("23.7");
        assertThat(outlook.projectedShortfall()).isEqualByComparingTo("3.3");
        assertThat(outlook.projectionMissesBand()).isTrue();
    }
}
