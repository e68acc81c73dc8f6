package cn.gov.zhushan.plan.indicator.targets;

/** {@code ABOUT} (左右) is met within a tolerance band; the others are strict bounds. */
public enum TargetComparator { AT_LEAST, AT_MOST, ABOUT }
