package cn.gov.zhushan.plan.indicator.analytics.sdmx;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The pivot as SDMX-CSV 2.0.0: one row per observation, led by the structure it belongs to (STRUCTURE,
 * STRUCTURE_ID, ACTION), then the dimensions, the measures and the attributes by their SDMX ids; codes, not labels.
 */
public final class SdmxCsv {

    public static final List<String> COLUMNS = List.of("STRUCTURE", "STRUCTURE_ID", "ACTION", "INDICATOR", "REF_AREA",
            "TIME_PERIOD", "OBS_VALUE", "GROWTH_RATE", "OBS_STATUS", "UNIT_MEASURE", "UNIT_MULT", "GROWTH_BASIS");

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private SdmxCsv() {
    }

    public static String of(List<SdmxObservation> observations) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(COLUMNS);
            for (SdmxObservation o : observations) {
                printer.printRecord(Arrays.asList("dataflow", SdmxDataflow.STRUCTURE_ID, "I", o.indicator().code(), o.region(),
                        SdmxTimePeriod.of(o.period()), plain(o.value()), plain(o.growthPercent()), o.obsStatus(),
                        SdmxUnit.of(o.indicator().unit()).code(), Integer.toString(o.indicator().unitMultiplier()),
                        o.growthBasis() == null ? "" : o.growthBasis()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
