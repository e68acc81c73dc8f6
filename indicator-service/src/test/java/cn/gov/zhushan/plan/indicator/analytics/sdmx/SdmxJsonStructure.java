package cn.gov.zhushan.plan.indicator.analytics.sdmx;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * What a statistician's tool needs of an SDMX-JSON 2.0.0 data message, checked the way the published schema states
 * it (sdmx-twg/sdmx-json, data-message/tools/schemas/2.0.0; the schema itself cannot be fetched on the build machine):
 * required members and their id patterns, non-empty unique dimension values, dataset links, and, beyond the schema,
 * that every observation key and every attribute position points at a value that exists.
 */
public final class SdmxJsonStructure {

    private static final Pattern MESSAGE_ID = Pattern.compile("^[A-Za-z0-9_@$-]+$");
    private static final Pattern COMPONENT_ID = Pattern.compile("^[A-Za-z][A-Za-z0-9_-]*$");
    private static final Pattern KEY = Pattern.compile("^[0-9]+(:[0-9]+)*$");

    private SdmxJsonStructure() {
    }

    public static List<String> problems(JsonNode message) {
        List<String> problems = new ArrayList<>();
        JsonNode meta = message.path("meta");
        for (String field : List.of("id", "prepared", "sender")) {
            if (meta.path(field).isMissingNode()) {
                problems.add("meta." + field + " is required");
            }
        }
        if (!MESSAGE_ID.matcher(meta.path("id").asString("")).matches()) {
            problems.add("meta.id does not match " + MESSAGE_ID);
        }
        if (!MESSAGE_ID.matcher(meta.path("sender").path("id").asString("")).matches()) {
            problems.add("meta.sender.id does not match " + MESSAGE_ID);
        }
        if (!meta.path("prepared").asString("").matches("\\d{4}-\\d{2}-\\d{2}T.*([+-]\\d{2}:\\d{2}|Z)$")) {
            problems.add("meta.prepared is not a date-time with its zone: " + meta.path("prepared"));
        }
        JsonNode structures = message.path("data").path("structures");
        JsonNode dataSets = message.path("data").path("dataSets");
        if (!structures.isArray() || structures.isEmpty() || !dataSets.isArray() || dataSets.isEmpty()) {
            problems.add("data.structures and data.dataSets must be non-empty arrays");
            return problems;
        }
        for (JsonNode dataSet : dataSets) {
            JsonNode structure = structures.path(dataSet.path("structure").asInt(-1));
            if (structure.isMissingNode()) {
                problems.add("dataSet.structure points at no structure");
                continue;
            }
            checkDataSet(dataSet, structure, problems);
        }
        return problems;
    }

    private static void checkDataSet(JsonNode dataSet, JsonNode structure, List<String> problems) {
        if (!dataSet.path("links").isArray() || dataSet.path("links").isEmpty()) {
            problems.add("dataSet.links is required");
        }
        for (JsonNode link : dataSet.path("links")) {
            if (link.path("rel").isMissingNode() || link.path("href").isMissingNode() && link.path("urn").isMissingNode()) {
                problems.add("a link needs rel and href or urn");
            }
        }
        if (!List.of("Information", "Append", "Replace", "Delete").contains(dataSet.path("action").asString(""))) {
            problems.add("dataSet.action invalid");
        }
        JsonNode dimensions = structure.path("dimensions").path("observation");
        List<Integer> sizes = new ArrayList<>();
        Set<Integer> positions = new HashSet<>();
        for (JsonNode dimension : dimensions) {
            String id = dimension.path("id").asString("");
            if (!COMPONENT_ID.matcher(id).matches()) {
                problems.add("dimension id " + id + " invalid");
            }
            if (!positions.add(dimension.path("keyPosition").asInt(-1)) || dimension.path("keyPosition").asInt(-1) < 0) {
                problems.add("dimension " + id + " keyPosition missing or repeated");
            }
            JsonNode values = dimension.path("values");
            if (!values.isArray() || values.isEmpty()) {
                problems.add("dimension " + id + " needs at least one value");
            }
            Set<String> seen = new HashSet<>();
            for (JsonNode value : values) {
                boolean coded = value.has("id") && value.has("name") && MESSAGE_ID.matcher(value.path("id").asString("")).matches();
                if (!coded && !value.has("value")) {
                    problems.add("dimension " + id + " value needs id and name, or value: " + value);
                }
                if (!seen.add(value.toString())) {
                    problems.add("dimension " + id + " repeats a value: " + value);
                }
            }
            sizes.add(values.size());
        }
        int measures = structure.path("measures").path("observation").size();
        JsonNode attributes = structure.path("attributes").path("observation");
        for (JsonNode attribute : attributes) {
            if (!COMPONENT_ID.matcher(attribute.path("id").asString("")).matches() || !attribute.has("relationship")) {
                problems.add("attribute needs a valid id and a relationship: " + attribute.path("id"));
            }
        }
        JsonNode observations = dataSet.path("observations");
        for (var entry : observations.properties()) {
            String key = entry.getKey();
            if (!KEY.matcher(key).matches()) {
                problems.add("observation key " + key + " invalid");
                continue;
            }
            String[] parts = key.split(":");
            if (parts.length != sizes.size()) {
                problems.add("observation key " + key + " has " + parts.length + " positions for " + sizes.size() + " dimensions");
                continue;
            }
            for (int i = 0; i < parts.length; i++) {
                if (Integer.parseInt(parts[i]) >= sizes.get(i)) {
                    problems.add("observation key " + key + " points past dimension " + i);
                }
            }
            JsonNode cell = entry.getValue();
            if (!cell.isArray() || cell.size() > measures + attributes.size() || cell.size() < measures) {
                problems.add("observation " + key + " has " + cell.size() + " entries for " + measures + " measures and "
                        + attributes.size() + " attributes");
                continue;
            }
            for (int a = 0; a < attributes.size() && measures + a < cell.size(); a++) {
                JsonNode position = cell.get(measures + a);
                if (!position.isNull() && (!position.isInt() || position.asInt() >= attributes.get(a).path("values").size())) {
                    problems.add("observation " + key + " attribute " + attributes.get(a).path("id").asString() + " position " + position + " invalid");
                }
            }
        }
    }
}
