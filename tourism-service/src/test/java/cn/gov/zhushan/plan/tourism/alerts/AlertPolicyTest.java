package cn.gov.zhushan.plan.tourism.alerts;

import static cn.gov.zhushan.plan.tourism.alerts.AlertLevel.CRITICAL;
import static cn.gov.zhushan.plan.tourism.alerts.AlertLevel.NORMAL;
import static cn.gov.zhushan.plan.tourism.alerts.AlertLevel.WARNING;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AlertPolicyTest {

    @Test
    void eightyPercentWarnsAndAHundredIsCritical() {
        assertThat(AlertPolicy.classify(1599, 2000, 80, 100)).isEqualTo(NORMAL);
        assertThat(AlertPolicy.classify(1600, 2000, 80, 100)).isEqualTo(WARNING);
        assertThat(AlertPolicy.classify(1999, 2000, 80, 100)).isEqualTo(WARNING);
        assertThat(AlertPolicy.classify(2000, 2000, 80, 100)).isEqualTo(CRITICAL);
        assertThat(AlertPolicy.classify(-50, 2000, 80, 100)).isEqualTo(NORMAL);
        assertThat(AlertPolicy.classify(1400, 2000, 70, 90)).isEqualTo(WARNING); // thresholds per site
    }

    @Test
    void risingIsImmediateAndCanSkipALevel() {
        assertThat(AlertPolicy.next(NORMAL, 1600, 2000, 80, 100, 5)).isEqualTo(WARNING);
        assertThat(AlertPolicy.next(NORMAL, 2100, 2000, 80, 100, 5)).isEqualTo(CRITICAL);
        assertThat(AlertPolicy.next(WARNING, 2000, 2000, 80, 100, 5)).isEqualTo(CRITICAL);
    }

    @Test
    void fallingNeedsTheHysteresisMarginSoAHoveringCrowdDoesNotFlap() {
        // 79% after a warning at 80%: stays WARNING until below 75%
        assertThat(AlertPolicy.next(WARNING, 1580, 2000, 80, 100, 5)).isEqualTo(WARNING);
        assertThat(AlertPolicy.next(WARNING, 1500, 2000, 80, 100, 5)).isEqualTo(WARNING);
        assertThat(AlertPolicy.next(WARNING, 1499, 2000, 80, 100, 5)).isEqualTo(NORMAL);
        // 97% after critical: stays CRITICAL; 94% steps down to WARNING; 10% clears at once
        assertThat(AlertPolicy.next(CRITICAL, 1940, 2000, 80, 100, 5)).isEqualTo(CRITICAL);
        assertThat(AlertPolicy.next(CRITICAL, 1880, 2000, 80, 100, 5)).isEqualTo(WARNING);
        assertThat(AlertPolicy.next(CRITICAL, 200, 2000, 80, 100, 5)).isEqualTo(NORMAL);
    }
}
