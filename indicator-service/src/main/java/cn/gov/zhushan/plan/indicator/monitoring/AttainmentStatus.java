package cn.gov.zhushan.plan.indicator.monitoring;

/** Where a target stands; AT_RISK and OFF_TRACK are warnings. */
public enum AttainmentStatus {
    ON_TRACK, AT_RISK, OFF_TRACK, NO_DATA;

    public boolean isWarning() {
        return this == AT_RISK || this == OFF_TRACK;
    }
}
