package cn.gov.zhushan.plan.indicator.monitoring;

/**
 * Where a target stands; AT_RISK, OFF_TRACK and DATA_OVERDUE are warnings. DATA_OVERDUE: the latest figure due by
 * the reporting calendar has not come, and what data there is showed no other warning.
 */
public enum AttainmentStatus {
    ON_TRACK, AT_RISK, OFF_TRACK, NO_DATA, DATA_OVERDUE;

    public boolean isWarning() {
        return this == AT_RISK || this == OFF_TRACK || this == DATA_OVERDUE;
    }

    /** An overdue figure is the warning of a target that is otherwise on track or without data; the others stay. */
    public AttainmentStatus withOverdue(boolean overdue) {
        return overdue && (this == ON_TRACK || this == NO_DATA) ? DATA_OVERDUE : this;
    }
}
