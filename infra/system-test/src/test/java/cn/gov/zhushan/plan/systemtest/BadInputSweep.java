package cn.gov.zhushan.plan.systemtest;

import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Sends hostile input to every operation the services' OpenAPI documents list (read through the gateway):
 * malformed JSON, wrong types, missing fields, huge values, deep nesting and NoSQL operators in bodies
 * and query parameters. Write operations must answer 4xx Problem Details; nothing may answer 5xx.
 * Path parameters get well-formed values that name nothing, so even a body that slips through has no
 * target to change.
 */
final class BadInputSweep {

    private static final Set<String> WRITE_METHODS = Set.of("post", "put", "patch", "delete");
    private static final String GT = "{\"$gt\":\"\"}";
    private static final String WHERE = "$where: function() { return true; }";
    private static final String HUGE_STRING = "x".repeat(100_000);

    record Result(int writeEndpoints, int bodilessWrites, int readEndpoints, int requests, Map<Integer, Integer> byStatus,
                  List<String> serverErrors, List<String> violations) {
    }

    private final Api api;

    BadInputSweep(Api api) {
        this.api = api;
    }

    Result run(List<String> services) {
        int writes = 0;
        int reads = 0;
        int bodiless = 0;
        int requests = 0;
        Map<Integer, Integer> byStatus = new TreeMap<>();
        List<String> serverErrors = new ArrayList<>();
        List<String> violations = new ArrayList<>();
        for (String service : services) {
            String client = Clients.writerOf(service);
            Api.Reply docs = api.get(null, "/v3/api-docs/" + service);
            if (docs.status() != 200) {
                docs = api.get(client, "/v3/api-docs/" + service);
            }
            if (docs.status() != 200) {
                violations.add("no OpenAPI document for " + service + ": " + docs);
                continue;
            }
            JsonNode openApi = docs.json();
            for (Map.Entry<String, JsonNode> path : openApi.path("paths").properties()) {
                // employment writes need employment:write (human-resources), the rest the domain's writer
                String caller = path.getKey().startsWith("/api/v1/livelihood/employment/")
                        ? Clients.HUMAN_RESOURCES : client;
                for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                    String method = op.getKey();
                    boolean write = WRITE_METHODS.contains(method);
                    JsonNode operation = op.getValue();
                    List<JsonNode> parameters = new ArrayList<>();
                    path.getValue().path("parameters").forEach(parameters::add);
                    operation.path("parameters").forEach(parameters::add);
                    String concretePath = concretePath(path.getKey(), parameters);
                    List<String> queryNames = parameters.stream().filter(p -> "query".equals(p.path("in").asString()))
                            .map(p -> p.path("name").asString()).toList();
                    List<Probe> probes = new ArrayList<>();
                    if (write) {
                        writes++;
                        if (!operation.has("requestBody")) {
                            bodiless++;
                        }
                        probes.addAll(bodyProbes(openApi, operation));
                        for (String name : queryNames) {
                            for (String value : List.of(GT, WHERE, HUGE_STRING.substring(0, 2000))) {
                                probes.add(new Probe("query " + name, "?" + name + "=" + encode(value), "{}",
                                        "application/json"));
                            }
                        }
                    } else if (!queryNames.isEmpty()) {
                        reads++;
                        for (String name : queryNames) {
                            for (String value : List.of(GT, WHERE, "-1", HUGE_STRING.substring(0, 2000))) {
                                probes.add(new Probe("query " + name, "?" + name + "=" + encode(value), null, null));
                            }
                        }
                    } else {
                        continue;
                    }
                    for (Probe probe : probes) {
                        Api.Reply reply = PlatformSystemIT.withRetry(() -> api.call(method.toUpperCase(), caller,
                                concretePath + probe.query(), probe.body(), probe.contentType()), null);
                        requests++;
                        byStatus.merge(reply.status(), 1, Integer::sum);
                        String what = service + " " + method.toUpperCase() + " " + path.getKey() + " [" + probe.label()
                                + "] -> " + reply.status() + " " + reply.contentType() + " "
                                + reply.body().substring(0, Math.min(160, reply.body().length()));
                        if (reply.status() >= 500 || reply.status() == 0) {
                            serverErrors.add(what);
                        } else if (write && (reply.status() < 400 || !reply.isProblem())) {
                            violations.add(what);
                        }
                    }
                }
            }
        }
        return new Result(writes, bodiless, reads, requests, byStatus, serverErrors, violations);
    }

    record Probe(String label, String query, String body, String contentType) {
    }

    private List<Probe> bodyProbes(JsonNode openApi, JsonNode operation) {
        JsonNode content = operation.path("requestBody").path("content");
        List<Probe> probes = new ArrayList<>();
        if (content.isMissingNode() || content.isEmpty()) {
            // an action without a body (e.g. "evaluate now"): no body to malform; its query parameters are probed
            return probes;
        }
        for (Map.Entry<String, JsonNode> media : content.properties()) {
            String type = media.getKey();
            if (!type.contains("json")) {
                probes.add(new Probe(type + " garbage", "", "a,b,c\n" + GT + "," + WHERE + ",\u0000\n\"unclosed", type));
                probes.add(new Probe(type + " empty", "", "", type));
                continue;
            }
            Map<String, JsonNode> properties = properties(openApi, media.getValue().path("schema"));
            probes.add(new Probe("malformed JSON", "", "{\"a\": ", type));
            probes.add(new Probe("wrong top-level type", "", "[1,2,3]", type));
            probes.add(new Probe("missing fields", "", "{}", type));
            probes.add(new Probe("null body", "", "null", type));
            probes.add(new Probe("deep nesting", "", "[".repeat(5000) + "]".repeat(5000), type));
            probes.add(new Probe("wrong types", "", body(properties, BadInputSweep::wrongType), type));
            probes.add(new Probe("$gt operator", "", body(properties, (name, schema) -> GT), type));
            probes.add(new Probe("$where strings", "", body(properties, (name, schema) ->
                    "object".equals(typeOf(schema)) ? "{\"$where\":\"this.a > 0\"}" : quote(WHERE)), type));
            probes.add(new Probe("huge values", "", body(properties, BadInputSweep::huge), type));
            probes.add(new Probe("wrong media type", "", "<a>xml</a>", "application/xml"));
        }
        return probes;
    }

    private static String body(Map<String, JsonNode> properties, java.util.function.BiFunction<String, JsonNode, String> value) {
        if (properties.isEmpty()) {
            return "{\"unexpected\":" + value.apply("unexpected", Api.JSON.createObjectNode().put("type", "string")) + "}";
        }
        StringBuilder body = new StringBuilder("{");
        properties.forEach((name, schema) -> body.append(body.length() > 1 ? "," : "")
                .append(quote(name)).append(':').append(value.apply(name, schema)));
        return body.append('}').toString();
    }

    private static String wrongType(String name, JsonNode schema) {
        return switch (typeOf(schema)) {
            case "string" -> "{\"nested\":true}";
            case "number", "integer" -> "\"not-a-number\"";
            case "boolean" -> "\"maybe\"";
            case "array" -> "\"not-an-array\"";
            default -> "\"not-an-object\"";
        };
    }

    private static String huge(String name, JsonNode schema) {
        return switch (typeOf(schema)) {
            case "number" -> "1e400";
            case "integer" -> "99999999999999999999999999999";
            case "boolean" -> "true";
            case "array" -> "[" + String.join(",", java.util.Collections.nCopies(20_000, "1")) + "]";
            case "object" -> "{" + String.join(",", java.util.stream.IntStream.range(0, 5000)
                    .mapToObj(i -> "\"k" + i + "\":1").toList()) + "}";
            default -> quote(HUGE_STRING);
        };
    }

    private static String typeOf(JsonNode schema) {
        if (schema.has("type")) {
            JsonNode type = schema.get("type");
            return type.isArray() ? type.path(0).asString() : type.asString();
        }
        return schema.has("properties") || schema.has("$ref") ? "object" : "string";
    }

    private static Map<String, JsonNode> properties(JsonNode openApi, JsonNode schema) {
        JsonNode resolved = resolve(openApi, schema);
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        if (resolved.has("properties")) {
            resolved.get("properties").properties().forEach(e -> properties.put(e.getKey(), resolve(openApi, e.getValue())));
        }
        return properties;
    }

    private static JsonNode resolve(JsonNode openApi, JsonNode schema) {
        JsonNode current = schema;
        for (int i = 0; i < 10 && current.has("$ref"); i++) {
            String ref = current.get("$ref").asString(); // #/components/schemas/Name
            current = openApi.at(ref.substring(1));
        }
        if (current.has("allOf") && current.get("allOf").size() == 1) {
            return resolve(openApi, current.get("allOf").get(0));
        }
        return current;
    }

    /** Well-formed values that exist nowhere, so a probe never reaches a real record. */
    private static String concretePath(String template, List<JsonNode> parameters) {
        String path = template;
        for (JsonNode parameter : parameters) {
            if (!"path".equals(parameter.path("in").asString())) {
                continue;
            }
            String name = parameter.path("name").asString();
            path = path.replace("{" + name + "}", encode(pathValue(name, parameter.path("schema"))));
        }
        return path;
    }

    private static String pathValue(String name, JsonNode schema) {
        if (schema.has("enum")) {
            return schema.get("enum").get(0).asString();
        }
        String type = schema.path("type").asString("string");
        String pattern = schema.path("pattern").asString("");
        if ("integer".equals(type) || "number".equals(type)) {
            return name.toLowerCase().contains("year") ? "2099" : "987654";
        }
        if (pattern.startsWith("\\d{4}-") || pattern.startsWith("\\d{4}(") || name.equals("month") || name.equals("period")) {
            return "2099-09";
        }
        if (pattern.equals("\\d{4}")) {
            return "2099";
        }
        if (pattern.contains("-\\d{4}-")) {
            return "SYSTESTNOPE-2099-09";
        }
        return "SYSTESTNOPE1";
    }

    private static String quote(String text) {
        return Api.JSON.writeValueAsString(text);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

}
