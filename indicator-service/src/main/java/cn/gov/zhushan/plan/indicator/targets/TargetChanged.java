package cn.gov.zhushan.plan.indicator.targets;

/** In-process notice that a target was set, so monitoring evaluates it. */
public record TargetChanged(String targetId) {
}
