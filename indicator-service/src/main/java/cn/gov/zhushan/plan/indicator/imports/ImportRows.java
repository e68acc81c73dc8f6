package cn.gov.zhushan.plan.indicator.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import cn.gov.zhushan.plan.indicator.observations.FieldProblem;
import cn.gov.zhushan.plan.indicator.observations.ObservationInput;
import cn.gov.zhushan.plan.indicator.observations.ObservationRules;

/**
 * Reads import rows from JSON (an array of objects) or CSV (a header line naming the columns
 * {@code indicator,region,period,value,growthPercent,sourceDepartment,status}, comma separated, no quoting).
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
        List<String> lines = csv.lines().filter(l -> !l.isBlank()).toList();
        if (lines.isEmpty()) {
            throw FieldProblem.invalid("body", "must have a header line");
        }
        String[] header = lines.get(0).replace("\uFEFF", "").split(",", -1);
        Map<String, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < header.length; i++) {
            index.put(header[i].trim(), i);
        }
        for (String required : List.of("indicator", "region", "period")) {
            if (!index.containsKey(required)) {
                throw FieldProblem.invalid("header", "has no column " + required + " (columns: " + String.join(",", COLUMNS) + ")");
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int line = 1; line < lines.size(); line++) {
            String[] cells = lines.get(line).split(",", -1);
            try {
                if (cells.length != header.length) {
                    throw FieldProblem.invalid("row", "has " + cells.length + " cells, the header " + header.length);
                }
                rows.add(new Row(line, new ObservationInput(cell(cells, index, "indicator"), cell(cells, index, "region"),
                        cell(cells, index, "period"), ObservationRules.number("value", cell(cells, index, "value")),
                        ObservationRules.number("growthPercent", cell(cells, index, "growthPercent")),
                        cell(cells, index, "sourceDepartment"), cell(cells, index, "status")), null));
            } catch (FieldProblem problem) {
                rows.add(new Row(line, null, problem));
            }
        }
        return rows;
    }

    private static String cell(String[] cells, Map<String, Integer> index, String column) {
        Integer i = index.get(column);
        if (i == null) {
            return null;
        }
        String value = cells[i].trim();
        return value.isEmpty() ? null : value;
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
