package cn.gov.zhushan.plan.indicator.analytics;

import java.util.Locale;

import cn.gov.zhushan.plan.indicator.analytics.sdmx.SdmxDataflow;

/**
 * How the pivot is written: DHIS2-style JSON (the default) or CSV, or SDMX 3.0's data formats. {@code ?format=} wins;
 * without it the Accept header decides (SDMX media types as SDMX's REST API names them, {@code text/csv}).
 */
enum AnalyticsFormat {
    JSON, CSV, SDMX_JSON, SDMX_CSV;

    static final String PARAMETER_PATTERN = "json|csv|sdmx-json|sdmx-csv";

    static AnalyticsFormat negotiate(String format, String accept) {
        if (format != null) {
            return valueOf(format.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
        String wanted = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
        if (wanted.contains("application/vnd.sdmx.data+json")) {
            return SDMX_JSON;
        }
        if (wanted.contains("application/vnd.sdmx.data+csv")) {
            return SDMX_CSV;
        }
        if (wanted.contains("text/csv") && !wanted.contains("application/json")) {
            return CSV;
        }
        return JSON;
    }

    String mediaType() {
        return switch (this) {
            case JSON -> "application/json";
            case CSV -> "text/csv;charset=UTF-8";
            case SDMX_JSON -> SdmxDataflow.JSON_MEDIA_TYPE;
            case SDMX_CSV -> SdmxDataflow.CSV_MEDIA_TYPE + ";charset=UTF-8";
        };
    }
}
