package cn.gov.zhushan.plan.indicator.analytics.sdmx;

/** Who publishes the plan indicators as SDMX, and under which dataflow. */
public final class SdmxDataflow {

    public static final String AGENCY = "ZHUSHAN_DRC";
    public static final String AGENCY_NAME = "珠山区发展和改革委员会";
    public static final String ID = "DF_PLAN_INDICATORS";
    public static final String VERSION = "1.0";
    /** SDMX-CSV's STRUCTURE_ID: agency:id(version). */
    public static final String STRUCTURE_ID = AGENCY + ":" + ID + "(" + VERSION + ")";
    public static final String URN = "urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=" + STRUCTURE_ID;
    public static final String NAME_ZH = "珠山区国民经济和社会发展计划指标";
    public static final String NAME_EN = "Zhushan District plan indicators";

    /** The media types of SDMX 3.0's REST API for the two data formats. */
    public static final String JSON_MEDIA_TYPE = "application/vnd.sdmx.data+json;version=2.0.0";
    public static final String CSV_MEDIA_TYPE = "application/vnd.sdmx.data+csv;version=2.0.0";
    public static final String JSON_SCHEMA =
            "https://raw.githubusercontent.com/sdmx-twg/sdmx-json/v2.0.0/data-message/tools/schemas/2.0.0/sdmx-json-data-schema.json";

    private SdmxDataflow() {
    }
}
