package cn.gov.zhushan.plan.indicator.derived;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gov.zhushan.plan.indicator.periods.Period;
import cn.gov.zhushan.plan.indicator.registry.Publication;
import cn.gov.zhushan.plan.indicator.registry.YearFrom;

class YearToDateTest {

    private static Map<Period, BigDecimal> values(String... periodAndValue) {
        Map<Period, BigDecimal> map = new HashMap<>();
        for (int i = 0; i < periodAndValue.length; i += 2) {
            map.put(Period.parse(periodAndValue[i]), new BigDecimal(periodAndValue[i + 1]));
        }
        return map;
    }

    @Test
    void aCumulativeSeriesIsReadAtTheMonthNeverSummed() {
        // retail sales published 1–2月, 1–3月, 1–4月 (made-up figures near the 2024 pace of 232.6亿元 a year)
        Map<Period, BigDecimal> retail = values("2025-01_02", "38.9", "2025-03", "57.6", "2025-04", "76.2");
        assertThat(YearToDate.of(Publication.CUMULATIVE, YearFrom.LAST_VALUE, 2025, retail, 4)).isEqualByComparingTo("76.2");
        assertThat(YearToDate.of(Publication.CUMULATIVE, YearFrom.LAST_VALUE, 2025, retail, 2)).isEqualByComparingTo("38.9");
        assertThat(YearToDate.of(Publication.CUMULATIVE, YearFrom.LAST_VALUE, 2025, retail, 5)).isNull();
        // GDP: 1季度, 上半年 (as H1 or Q2), the year
        Map<Period, BigDecimal> gdp = values("2025Q1", "66.0", "2025H1", "139.1", "2025", "293.6");
        assertThat(YearToDate.of(Publication.CUMULATIVE, YearFrom.LAST_VALUE, 2025, gdp, 6)).isEqualByComparingTo("139.1");
        assertThat(YearToDate.of(Publication.CUMULATIVE, YearFrom.LAST_VALUE, 2025, gdp, 12)).isEqualByComparingTo("293.6");
    }

    @Test
    void aPerPeriodFlowIsAddedUpOverWhatWasPublished() {
        // new market entities per period: 1–2月 together, then March, then Q2
        Map<Period, BigDecimal> entities = values("2025-01_02", "1500", "2025-03", "900", "2025Q2", "2700");
        assertThat(YearToDate.of(Publication.PER_PERIOD, YearFrom.SUM, 2025, entities, 3)).isEqualByComparingTo("2400");
        assertThat(YearToDate.of(Publication.PER_PERIOD, YearFrom.SUM, 2025, entities, 6)).isEqualByComparingTo("5100");
        // April alone is not published: January to April is not known
        assertThat(YearToDate.of(Publication.PER_PERIOD, YearFrom.SUM, 2025, entities, 4)).isNull();
        assertThat(YearToDate.of(Publication.PER_PERIOD, YearFrom.SUM, 2025, values("2025-02", "1"), 2)).isNull();
    }

    @Test
    void meansWeighByMonthsAndRatiosOfSumsByDays() {
        // PM2.5: a 1–2月 mean of 30 counts twice against March's 18: (30×2 + 18) / 3 = 26
        Map<Period, BigDecimal> pm25 = values("2025-01_02", "30", "2025-03", "18");
        assertThat(YearToDate.of(Publication.PER_PERIOD, YearFrom.MEAN, 2025, pm25, 3)).isEqualByComparingTo("26");
        // good-air days: 100% of January's 31 days and February's 28, 90% of March's 31: each weighed by its days
        Map<Period, BigDecimal> air = values("2025-02", "100", "2025-03", "90", "2025-01", "100");
        BigDecimal share = YearToDate.of(Publication.PER_PERIOD, YearFrom.RATIO_OF_SUMS, 2025, air, 3);
        // (31×100 + 28×100 + 31×90) / 90 days = 8690 / 90
        assertThat(share).isEqualByComparingTo(new BigDecimal("8690").divide(new BigDecimal("90"), java.math.MathContext.DECIMAL128));
        assertThat(share.setScale(1, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("96.6");
    }

    @Test
    void aPointInTimeLevelIsTheLevelAtTheEnd() {
        Map<Period, BigDecimal> patents = values("2025H1", "1102", "2025", "1150");
        assertThat(YearToDate.of(Publication.POINT_IN_TIME, YearFrom.LAST_VALUE, 2025, patents, 6)).isEqualByComparingTo("1102");
        assertThat(YearToDate.of(Publication.POINT_IN_TIME, YearFrom.LAST_VALUE, 2025, patents, 12)).isEqualByComparingTo("1150");
    }
}
