package cn.gov.zhushan.plan.indicator.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
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
 * {@code indicator,region,period,value,growthPercent,sourceDepartment,status}, RFC 4180: comma separated,
 * double quotes around cells that hold commas or quotes).
 * A row that cannot be read becomes a rejection, not a failure of the whole import.
 */
final class ImportRows {

    static final List<String> COLUMNS = List.of("indicator", "region", "period", "value", "growthPercent",
            "sourceDepartment", "status");

    private ImportRows() {
    }

    /** A row read, or the reason it could not be read. */
    record Row(int number, ObservationInput input, FieldProblem problem) {
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
                        text(node, "sourceDepartment"), text(node, "status")), null));
            } catch (FieldProblem problem) {
                rows.add(new Row(i + 1, null, problem));
            }
        }
        return rows;
    }

    static List<Row> fromCsv(String csv) {
        // RFC 4180 via Commons CSV: quoted cells may hold commas, quotes and line breaks
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(csv.replace("\uFEFF", ""), format)) {
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
            for (CSVRecord record : parser) {
                number++;
                try {
                    if (!record.isConsistent()) {
                        throw FieldProblem.invalid("row", "has " + record.size() + " cells, the header " + header.size());
                    }
                    rows.add(new Row(number, new ObservationInput(cell(record, "indicator"), cell(record, "region"),
                            cell(record, "period"), ObservationRules.number("value", cell(record, "value")),
                            ObservationRules.number("growthPercent", cell(record, "growthPercent")),
                            cell(record, "sourceDepartment"), cell(record, "status")), null));
                } catch (FieldProblem problem) {
                    rows.add(new Row(number, null, problem));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // unbalanced quotes, duplicate header names...
            throw FieldProblem.invalid("body", "is not valid CSV (RFC 4180)");
        }
        return rows;
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
