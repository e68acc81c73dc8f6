package cn.gov.zhushan.plan.tourism.alerts;

/** Capacity alert levels, in rising order. */
public enum AlertLevel {
    NORMAL, WARNING, CRITICAL
}
