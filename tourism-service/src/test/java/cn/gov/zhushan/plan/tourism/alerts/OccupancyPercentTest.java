package cn.gov.zhushan.plan.tourism.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OccupancyPercentTest {

    @Test
    void isExactWithOneDecimalHalfUp() {
        assertThat(OccupancyPercent.of(1, 3)).hasToString("33.3");
        assertThat(OccupancyPercent.of(2, 3)).hasToString("66.7");
        assertThat(OccupancyPercent.of(1, 8)).hasToString("12.5");   // 12.5 exactly, no binary rounding
        assertThat(OccupancyPercent.of(1, 16)).hasToString("6.3");   // 6.25 half up
        assertThat(OccupancyPercent.of(12000, 10000)).hasToString("120.0");
        assertThat(OccupancyPercent.of(5, 0)).hasToString("0.0");
    }
}
