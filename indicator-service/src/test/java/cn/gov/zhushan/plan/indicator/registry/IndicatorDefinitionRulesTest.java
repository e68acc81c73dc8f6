package cn.gov.zhushan.plan.indicator.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndicatorDefinitionRulesTest {

    static Indicator retail(String unit, int multiplier, String periodicity, Publication publishedAs, YearFrom yearFrom) {
        return new Indicator("RETAIL", "社会消费品零售总额", "Retail sales", unit, multiplier, 1, periodicity, "HIGHER_IS_BETTER",
                "LEVEL_AND_GROWTH", "statistics-bureau", "SUM", "CONSUMPTION", "CURRENT", publishedAs, yearFrom, 15);
    }

    static final Indicator STORED = retail("亿元", 8, "MONTHLY", Publication.CUMULATIVE, YearFrom.LAST_VALUE);

    @Test
    void unitScalePeriodicityAndPublicationAreFixedOnceFiguresAreStored() {
        Indicator inWan = retail("万元", 4, "MONTHLY", Publication.CUMULATIVE, YearFrom.LAST_VALUE);
        assertThat(IndicatorDefinitionRules.forbiddenChanges(STORED, inWan, true)).containsExactly("unit", "unitMultiplier");
        Indicator quarterly = retail("亿元", 8, "QUARTERLY", Publication.PER_PERIOD, YearFrom.SUM);
        assertThat(IndicatorDefinitionRules.forbiddenChanges(STORED, quarterly, true)).containsExactly("periodicity", "publishedAs");
    }

    @Test
    void anythingMayChangeBeforeTheFirstFigureAndNamesAtAnyTime() {
        Indicator inWan = retail("万元", 4, "MONTHLY", Publication.CUMULATIVE, YearFrom.LAST_VALUE);
        assertThat(IndicatorDefinitionRules.forbiddenChanges(STORED, inWan, false)).isEmpty();
        assertThat(IndicatorDefinitionRules.forbiddenChanges(null, inWan, true)).isEmpty();
        Indicator renamed = new Indicator("RETAIL", "社零总额", "Retail", "亿元", 8, 2, "MONTHLY", "HIGHER_IS_BETTER",
                "LEVEL_AND_GROWTH", "commerce-bureau", "SUM", "CONSUMPTION", "CURRENT", Publication.CUMULATIVE, YearFrom.LAST_VALUE, 20);
        assertThat(IndicatorDefinitionRules.forbiddenChanges(STORED, renamed, true)).isEmpty();
    }

    @Test
    void aCumulativeSeriesIsNeverSummedAndAnAnnualOneHasNoCumulativeMonths() {
        assertThat(IndicatorDefinitionRules.inconsistencies(retail("亿元", 8, "MONTHLY", Publication.CUMULATIVE, YearFrom.SUM)))
                .singleElement().asString().startsWith("yearFrom:");
        assertThat(IndicatorDefinitionRules.inconsistencies(retail("亿元", 8, "ANNUAL", Publication.CUMULATIVE, YearFrom.LAST_VALUE)))
                .singleElement().asString().startsWith("publishedAs:");
        assertThat(IndicatorDefinitionRules.inconsistencies(STORED)).isEmpty();
    }
}
