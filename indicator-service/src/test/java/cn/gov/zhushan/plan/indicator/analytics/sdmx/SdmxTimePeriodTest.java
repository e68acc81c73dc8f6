package cn.gov.zhushan.plan.indicator.analytics.sdmx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.gov.zhushan.plan.indicator.periods.Period;

class SdmxTimePeriodTest {

    @ParameterizedTest
    @CsvSource({"2024,2024", "2024-03,2024-03", "2024-11,2024-11", "2024Q3,2024-Q3", "2024H1,2024-S1", "2024H2,2024-S2",
            "2024-01_02,2024-01-01/P2M"})
    void periodsAreWrittenAsSdmxReportingPeriods(String period, String sdmx) {
        assertThat(SdmxTimePeriod.of(Period.parse(period))).isEqualTo(sdmx);
    }
}
