package cn.gov.zhushan.plan.indicator.analytics.sdmx;

import java.util.Map;

/**
 * The indicator's unit as an SDMX UNIT_MEASURE code (SDMX's cross-domain codes where one exists: CNY, PT) with the
 * base unit's Chinese name; the power of ten goes to UNIT_MULT (亿元 is CNY with UNIT_MULT 8, 万元 CNY with 4), so one
 * code never stands for two scales.
 */
public record SdmxUnit(String code, String name) {

    private static final SdmxUnit CNY = new SdmxUnit("CNY", "元");

    private static final Map<String, SdmxUnit> UNITS = Map.ofEntries(
            Map.entry("亿元", CNY), Map.entry("万元", CNY), Map.entry("元", CNY),
            Map.entry("%", new SdmxUnit("PT", "%")), Map.entry("μg/m³", new SdmxUnit("UG_M3", "μg/m³")),
            Map.entry("万人次", new SdmxUnit("PERSON_VISITS", "人次")), Map.entry("个", new SdmxUnit("UNITS", "个")),
            Map.entry("件", new SdmxUnit("CASES", "件")), Map.entry("套", new SdmxUnit("DWELLINGS", "套")),
            Map.entry("户", new SdmxUnit("HOUSEHOLDS", "户")), Map.entry("起", new SdmxUnit("INCIDENTS", "起")),
            Map.entry("count", new SdmxUnit("NUMBER", "个")), Map.entry("公里", new SdmxUnit("KM", "公里")),
            Map.entry("年", new SdmxUnit("YEARS", "年")), Map.entry("index", new SdmxUnit("INDEX", "指数")));

    /** Whether the table knows the unit; an unknown one is reported as SDMX's "unspecified" (_X), never guessed. */
    public static SdmxUnit of(String unit) {
        if (unit == null || unit.isBlank()) {
            return new SdmxUnit("_Z", "不适用");
        }
        return UNITS.getOrDefault(unit, new SdmxUnit("_X", "未列明"));
    }
}
