package cn.gov.zhushan.plan.tourism.alerts;

import java.time.Instant;

/** Data of the capacity alert events on {@code plan.tourism.v1}. */
final class CapacityAlertEvents {

    static final String RAISED = "capacity-alert-raised";
    static final String CLEARED = "capacity-alert-cleared";

    private CapacityAlertEvents() {
    }

    /** The level changed to WARNING or CRITICAL (up, or down from CRITICAL to WARNING). */
    record Raised(String siteCode, AlertLevel level, AlertLevel previousLevel, long occupancy, int capacity,
                  int thresholdPercent, Instant at, long sequence) {
    }

    /** Occupancy fell back below the warning level (less the hysteresis). */
    record Cleared(String siteCode, AlertLevel previousLevel, long occupancy, int capacity, Instant at, long sequence) {
    }
}
