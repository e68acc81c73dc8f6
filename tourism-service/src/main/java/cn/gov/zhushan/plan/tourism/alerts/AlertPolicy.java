package cn.gov.zhushan.plan.tourism.alerts;

/**
 * Occupancy at or above {@code warnPercent} of capacity warns, at or above {@code criticalPercent} is
 * critical. Rising takes effect at once; stepping down needs occupancy to fall {@code hysteresisPercent}
 * (of capacity) below the threshold, so a crowd hovering at 80% does not raise and clear an alert at
 * every check (the throttling).
 */
public final class AlertPolicy {

    private AlertPolicy() {
    }

    public static AlertLevel classify(long occupancy, int capacity, int warnPercent, int criticalPercent) {
        long scaled = occupancy * 100;
        if (scaled >= (long) capacity * criticalPercent) {
            return AlertLevel.CRITICAL;
        }
        if (scaled >= (long) capacity * warnPercent) {
            return AlertLevel.WARNING;
        }
        return AlertLevel.NORMAL;
    }

    public static AlertLevel next(AlertLevel current, long occupancy, int capacity, int warnPercent,
                                  int criticalPercent, int hysteresisPercent) {
        AlertLevel raw = classify(occupancy, capacity, warnPercent, criticalPercent);
        if (raw.compareTo(current) >= 0) {
            return raw;
        }
        AlertLevel lowered = classify(occupancy, capacity, warnPercent - hysteresisPercent,
                criticalPercent - hysteresisPercent);
        return lowered.compareTo(current) < 0 ? lowered : current;
    }
}
