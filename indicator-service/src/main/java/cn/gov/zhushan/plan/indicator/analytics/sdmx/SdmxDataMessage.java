package cn.gov.zhushan.plan.indicator.analytics.sdmx;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.gov.zhushan.plan.indicator.periods.Period;

/**
 * The pivot as an SDMX-JSON 2.0.0 data message (SDMX 3.0): a flat data set whose observations are keyed
 * {@code indicator:region:period} by position in the structure's dimension values. Each observation holds the two
 * measures (OBS_VALUE, GROWTH_RATE) followed by the positions of its attribute values (OBS_STATUS, UNIT_MEASURE,
 * UNIT_MULT, GROWTH_BASIS). Values are the stored decimals, written as JSON numbers without rounding.
 */
public final class SdmxDataMessage {

    private SdmxDataMessage() {
    }

    /**
     * @param indicators the requested indicators in request order (dimension INDICATOR)
     * @param regions    the requested regions (REF_AREA)
     * @param periods    the requested periods (TIME_PERIOD)
     */
    public static Map<String, Object> of(String messageId, Instant prepared, ZoneId zone, List<SdmxItem> indicators,
                                         List<SdmxItem> regions, List<Period> periods, List<SdmxObservation> observations) {
        Index<String> indicatorIndex = new Index<>(indicators.stream().map(SdmxItem::id).toList());
        Index<String> regionIndex = new Index<>(regions.stream().map(SdmxItem::id).toList());
        Index<Period> periodIndex = new Index<>(periods);
        Index<String> statuses = new Index<>(List.of("A", "P"));
        Index<SdmxUnit> units = new Index<>(observations.stream().map(o -> SdmxUnit.of(o.indicator().unit())).distinct().toList());
        Index<Integer> multipliers = new Index<>(observations.stream().map(o -> o.indicator().unitMultiplier()).distinct().toList());
        Index<String> bases = new Index<>(List.of("REPORTED", "DERIVED"));

        Map<String, Object> cells = new LinkedHashMap<>();
        for (SdmxObservation o : observations) {
            String key = indicatorIndex.of(o.indicator().code()) + ":" + regionIndex.of(o.region()) + ":" + periodIndex.of(o.period());
            cells.put(key, Arrays.asList(o.value(), o.growthPercent(), statuses.of(o.obsStatus()),
                    units.of(SdmxUnit.of(o.indicator().unit())), multipliers.of(o.indicator().unitMultiplier()),
                    o.growthBasis() == null ? null : bases.of(o.growthBasis())));
        }

        Map<String, Object> structure = object(
                "name", SdmxDataflow.NAME_ZH,
                "names", object("zh", SdmxDataflow.NAME_ZH, "en", SdmxDataflow.NAME_EN),
                "links", List.of(object("rel", "dataflow", "urn", SdmxDataflow.URN)),
                "dimensions", object("dataSet", List.of(), "series", List.of(), "observation", List.of(
                        dimension("INDICATOR", "指标", 0, null, codes(indicators)),
                        dimension("REF_AREA", "地区", 1, null, codes(regions)),
                        dimension("TIME_PERIOD", "时期", 2, List.of("TIME_PERIOD"),
                                periods.stream().map(p -> (Object) object("value", SdmxTimePeriod.of(p))).toList()))),
                "measures", object("observation", List.of(
                        object("id", "OBS_VALUE", "name", "数值"),
                        object("id", "GROWTH_RATE", "name", "比上年增长(%)"))),
                "attributes", object("dataSet", List.of(), "series", List.of(), "observation", List.of(
                        attribute("OBS_STATUS", "数据状态", List.of(object("id", "A", "name", "正式数"), object("id", "P", "name", "初步数"))),
                        attribute("UNIT_MEASURE", "计量单位",
                                units.values().stream().map(u -> (Object) object("id", u.code(), "name", u.name())).toList()),
                        attribute("UNIT_MULT", "单位倍数(10的幂)",
                                multipliers.values().stream().map(m -> (Object) object("value", m.toString())).toList()),
                        attribute("GROWTH_BASIS", "增速口径", List.of(object("id", "REPORTED", "name", "统计部门公布(可比价)"),
                                object("id", "DERIVED", "name", "由总量推算(现价,名义)"))))),
                "dataSets", List.of(0));

        Map<String, Object> dataSet = object("structure", 0, "action", "Information",
                "links", List.of(object("rel", "dataflow", "urn", SdmxDataflow.URN)),
                "observations", cells);

        return object(
                "meta", object("schema", SdmxDataflow.JSON_SCHEMA, "id", messageId, "test", false,
                        "prepared", OffsetDateTime.ofInstant(prepared, zone).toString(),
                        "contentLanguages", List.of("zh", "en"),
                        "sender", object("id", SdmxDataflow.AGENCY, "name", SdmxDataflow.AGENCY_NAME)),
                "data", object("structures", List.of(structure), "dataSets", List.of(dataSet)));
    }

    private static List<Object> codes(List<SdmxItem> items) {
        return items.stream().map(i -> (Object) object("id", i.id(), "name", i.nameZh(),
                "names", i.nameEn() == null ? object("zh", i.nameZh()) : object("zh", i.nameZh(), "en", i.nameEn()))).toList();
    }

    private static Map<String, Object> dimension(String id, String name, int position, List<String> roles, List<Object> values) {
        Map<String, Object> dimension = object("id", id, "name", name, "keyPosition", position);
        if (roles != null) {
            dimension.put("roles", roles);
        }
        dimension.put("values", values);
        return dimension;
    }

    private static Map<String, Object> attribute(String id, String name, List<Object> values) {
        Map<String, Object> attribute = object("id", id, "name", name, "relationship", object("observation", Map.of()));
        if (!values.isEmpty()) {   // the schema wants at least one value where values are listed
            attribute.put("values", values);
        }
        return attribute;
    }

    /** A JSON object in the given key order. */
    private static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }

    /** Positions of values in a list, as SDMX-JSON refers to dimension and attribute values. */
    private static final class Index<T> {
        private final List<T> values;
        private final Map<T, Integer> positions = new HashMap<>();

        Index(List<T> values) {
            this.values = values;
            for (int i = 0; i < values.size(); i++) {
                positions.putIfAbsent(values.get(i), i);
            }
        }

        List<T> values() {
            return values;
        }

        int of(T value) {
            Integer position = positions.get(value);
            if (position == null) {
                throw new IllegalStateException(Objects.toString(value) + " is not among " + values);
            }
            return position;
        }
    }
}
