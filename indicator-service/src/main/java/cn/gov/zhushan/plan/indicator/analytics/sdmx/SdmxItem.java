package cn.gov.zhushan.plan.indicator.analytics.sdmx;

/** A code of a dimension (an indicator, a region) with its names; a code the catalogue lacks is named by itself. */
public record SdmxItem(String id, String nameZh, String nameEn) {
}
