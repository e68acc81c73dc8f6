package cn.gov.zhushan.plan.indicator.targets;

/** A target on the year-on-year growth (percent) or on the level (the indicator's unit). */
public enum TargetKind { GROWTH, LEVEL }
