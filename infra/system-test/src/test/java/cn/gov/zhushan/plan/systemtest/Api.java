package cn.gov.zhushan.plan.systemtest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** HTTP through the gateway with real client-credentials tokens from auth-server. Never throws on 4xx/5xx. */
final class Api {

    // floats as BigDecimal: money read back from the APIs is compared exactly
    static final ObjectMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    /** status 0 = no answer (connection refused, timeout). */
    /** location: the Location header, or null (a 202 names the operation to poll there). */
    record Reply(int status, String contentType, String body, long millis, String location) {

        JsonNode json() {
            return body == null || body.isBlank() ? JSON.nullNode() : JSON.readTree(body);
        }

        boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
        }
    }

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Ports ports;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    Api(Ports ports) {
        this.ports = ports;
    }

    /** A token for the client with all its scopes, fetched from auth-server itself. */
    String token(String clientId) {
        return tokens.computeIfAbsent(clientId, this::fetchToken);
    }

    void forgetTokens() {
        tokens.clear();
    }

    private String fetchToken(String clientId) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + clientId + "-secret")
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ports.auth() + "/oauth2/token"))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope="
                        + URLEncoder.encode(Clients.SCOPES.get(clientId), StandardCharsets.UTF_8)))
                .build();
        Reply reply = send(request);
        if (reply.status() != 200) {
            throw new IllegalStateException("no token for " + clientId + ": " + reply);
        }
        return reply.json().get("access_token").asString();
    }

    Reply get(String clientId, String path) {
        return call("GET", clientId, path, null, null);
    }

    Reply put(String clientId, String path, String json) {
        return call("PUT", clientId, path, json, "application/json");
    }

    Reply post(String clientId, String path, String json) {
        return call("POST", clientId, path, json, "application/json");
    }

    /** Through the gateway; clientId null = no token. */
    Reply call(String method, String clientId, String path, String body, String contentType) {
        return send(request(ports.gatewayUrl() + path, method, clientId, body, contentType));
    }

    /** Straight to a port (actuator, a service without the gateway). */
    Reply direct(int port, String path) {
        return send(request("http://127.0.0.1:" + port + path, "GET", null, null, null));
    }

    private HttpRequest request(String url, String method, String clientId, String body, String contentType) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (clientId != null) {
            builder.header("Authorization", "Bearer " + token(clientId));
        }
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        // the prometheus endpoint answers 406 to a JSON-only Accept
        builder.header("Accept", url.contains("/actuator/") ? "*/*" : "application/json, application/problem+json");
        builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return builder.build();
    }

    private Reply send(HttpRequest request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), (System.nanoTime() - start) / 1_000_000,
                    response.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            return new Reply(0, "", e.toString(), (System.nanoTime() - start) / 1_000_000, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(0, "", "interrupted", 0, null);
        }
    }
}
