package cn.gov.zhushan.plan.indicator.imports;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;

import cn.gov.zhushan.plan.indicator.observations.FieldProblem;
import cn.gov.zhushan.plan.indicator.observations.ObservationInput;
import cn.gov.zhushan.plan.indicator.observations.ObservationRules;

/**
 * Reads import rows from JSON (an array of objects) or CSV (a header line naming the columns
 * {@code indicator,region,period,value,growthPercent,sourceDepartment,status,approximation}, RFC 4180: comma separated,
 * double quotes around cells that hold commas or quotes).
 * A row that cannot be read becomes a rejection, not a failure of the whole import.
 */
final class ImportRows {

    static final List<String> COLUMNS = List.of("indicator", "region", "period", "value", "growthPercent",
            "sourceDepartment", "status", "approximation");

    private ImportRows() {
    }

    /** A row read, or the reason it could not be read. */
    record Row(int number, ObservationInput input, RowProblem problem) {
    }

    /** Why a row could not be read: a field and a reason, no exception (an import may carry thousands of bad rows). */
    record RowProblem(String field, String reason) {

        static RowProblem of(FieldProblem problem) {
            return new RowProblem(problem.field(), String.valueOf(problem.getBody().getProperties().get("reason")));
        }
    }

    /** The rows read, at most the limit; {@code tooMany} when there was at least one more (reading stopped there). */
    record Read(List<Row> rows, boolean tooMany) {
    }

    static List<Row> fromJson(JsonNode array) {
        if (!array.isArray()) {
            throw FieldProblem.invalid("body", "must be a JSON array of rows");
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode node = array.get(i);
            try {
                if (!node.isObject()) {
                    throw FieldProblem.invalid("row", "must be an object");
                }
                rows.add(new Row(i + 1, new ObservationInput(text(node, "indicator"), text(node, "region"),
                        text(node, "period"), number(node, "value"), number(node, "growthPercent"),
                        text(node, "sourceDepartment"), text(node, "status"), text(node, "approximation")), null));
            } catch (FieldProblem problem) {
                rows.add(new Row(i + 1, null, RowProblem.of(problem)));
            }
        }
        return rows;
    }

    static List<Row> fromCsv(String csv) {
        return fromCsv(new StringReader(csv), Integer.MAX_VALUE - 1).rows();
    }

    /**
     * Streams the CSV record by record (Commons CSV's iterator) and stops after {@code maxRows} + 1 records: a body of
     * a million bad lines costs the limit, never a million rows. A row that cannot be read keeps a field and a reason.
     */
    static Read fromCsv(Reader csv, int maxRows) {
        // RFC 4180 via Commons CSV: quoted cells may hold commas, quotes and line breaks
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new BomSkippingReader(csv), format)) {
            List<String> header = parser.getHeaderNames();
            if (header.isEmpty()) {
                throw FieldProblem.invalid("body", "must have a header line");
            }
            for (String required : List.of("indicator", "region", "period")) {
                if (!header.contains(required)) {
                    throw FieldProblem.invalid("header", "has no column " + required + " (columns: " + String.join(",", COLUMNS) + ")");
                }
            }
            int number = 0;
            Iterator<CSVRecord> records = parser.iterator();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                number++;
                if (number > maxRows) {
                    return new Read(rows, true);
                }
                if (!record.isConsistent()) {
                    rows.add(new Row(number, null, new RowProblem("row", "has " + record.size() + " cells, the header " + header.size())));
                    continue;
                }
                try {
                    rows.add(new Row(number, new ObservationInput(cell(record, "indicator"), cell(record, "region"),
                            cell(record, "period"), ObservationRules.number("value", cell(record, "value")),
                            ObservationRules.number("growthPercent", cell(record, "growthPercent")),
                            cell(record, "sourceDepartment"), cell(record, "status"), cell(record, "approximation")), null));
                } catch (FieldProblem problem) {
                    rows.add(new Row(number, null, RowProblem.of(problem)));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // unbalanced quotes, duplicate header names...
            throw FieldProblem.invalid("body", "is not valid CSV (RFC 4180)");
        }
        return new Read(rows, false);
    }

    /** Drops a leading byte-order mark (Excel writes one) without reading the body into a string. */
    private static final class BomSkippingReader extends java.io.FilterReader {

        private boolean first = true;

        BomSkippingReader(Reader in) {
            super(in);
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (first && n > 0) {
                first = false;
                if (buffer[offset] == '\uFEFF') {
                    System.arraycopy(buffer, offset + 1, buffer, offset, n - 1);
                    return n - 1 == 0 ? read(buffer, offset, length) : n - 1;
                }
            }
            return n;
        }

        @Override
        public int read() throws IOException {
            char[] one = new char[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0];
        }
    }

    private static String cell(CSVRecord record, String column) {
        if (!record.isMapped(column) || !record.isSet(column)) {
            return null;
        }
        String value = record.get(column);
        return value == null || value.isEmpty() ? null : value;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw FieldProblem.invalid(field, "must be a string");
        }
        return value.asString();
    }

    private static BigDecimal number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            if (value.isDouble() || value.isFloat()) {
                double d = value.doubleValue();
                if (Double.isNaN(d) || Double.isInfinite(d)) {
                    throw FieldProblem.invalid(field, "is not a number");
                }
            }
            return value.decimalValue();
        }
        if (value.isString()) {
            return ObservationRules.number(field, value.asString());
        }
        throw FieldProblem.invalid(field, "must be a number");
    }
}
