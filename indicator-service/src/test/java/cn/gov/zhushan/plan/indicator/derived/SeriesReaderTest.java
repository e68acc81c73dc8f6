package cn.gov.zhushan.plan.indicator.derived;

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

class SeriesReaderTest {

    private static final Indicator RETAIL = new Indicator("RETAIL_SALES", "社会消费品零售总额", "Retail sales", "亿元", 8, 1,
            "MONTHLY", "HIGHER_IS_BETTER", "LEVEL_AND_GROWTH", "statistics-bureau", "SUM", "CONSUMPTION", "CURRENT",
            Publication.CUMULATIVE, YearFrom.LAST_VALUE, null);
    private static final Indicator ENTITIES = new Indicator("NEW_MARKET_ENTITIES", "新增市场主体", "New market entities",
            "count", 0, 0, "MONTHLY", "HIGHER_IS_BETTER", "LEVEL", "market-regulation", "SUM", "OUTPUT", null,
            Publication.PER_PERIOD, YearFrom.SUM, null);

    private final Map<String, Observation> byPeriod = new HashMap<>();

    private void put(Indicator indicator, String period, String value, String growth) {
        Observation o = new Observation(indicator.code(), "360203", Period.parse(period));
        o.record(new Observation.Figures(value == null ? null : new BigDecimal(value),
                growth == null ? null : new BigDecimal(growth), growth != null, "FINAL", "x", "x", Instant.EPOCH));
        byPeriod.put(period, o);
    }

    @Test
    void theYearToDateOfACumulativeSeriesIsItsLatestValueAndItsReportedGrowth() {
        put(RETAIL, "2025-01_02", "38.9", "5.1");
        put(RETAIL, "2025-03", "57.6", "4.9");
        SeriesReader.Point march = SeriesReader.point(RETAIL, Period.parse("2025-03"), byPeriod);
        assertThat(march.yearToDate()).isEqualByComparingTo("57.6"); // not 38.9 + 57.6
        assertThat(march.yearToDateGrowthPercent()).isEqualByComparingTo("4.9");
    }

    @Test
    void theYearToDateOfAPerPeriodFlowIsItsSumAndItsGrowthComesFromTheSums() {
        put(ENTITIES, "2025-01_02", "1500", null);
        put(ENTITIES, "2025-03", "900", null);
        put(ENTITIES, "2024-01_02", "1400", null);
        put(ENTITIES, "2024-03", "600", null);
        SeriesReader.Point march = SeriesReader.point(ENTITIES, Period.parse("2025-03"), byPeriod);
        assertThat(march.yearToDate()).isEqualByComparingTo("2400");
        assertThat(march.yearToDateGrowthPercent()).isEqualByComparingTo("20.0"); // 2400 / 2000
        assertThat(march.growthPercent()).isEqualByComparingTo("50.0");           // March alone: 900 / 600
    }
}
