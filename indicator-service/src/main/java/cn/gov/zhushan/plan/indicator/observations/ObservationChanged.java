package cn.gov.zhushan.plan.indicator.observations;

/** In-process notice that a value changed, so monitoring re-evaluates the targets of that year. */
public record ObservationChanged(String indicatorCode, String regionCode, int year) {
}
