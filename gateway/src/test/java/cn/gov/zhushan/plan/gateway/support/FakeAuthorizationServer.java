package cn.gov.zhushan.plan.gateway.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The auth-server's token endpoint for the authorization-code grant, over real HTTP: answers with the access
 * token the test chooses (minted by {@link TestTokens}) and keeps the last form it was sent.
 */
public final class FakeAuthorizationServer implements AutoCloseable {

    private final HttpServer server;
    private final AtomicReference<Map<String, String>> lastForm = new AtomicReference<>(Map.of());
    private final AtomicReference<String> lastAuthorization = new AtomicReference<>();
    private volatile Supplier<String> nextToken = () -> "none";

    public FakeAuthorizationServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/oauth2/token", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                lastForm.set(parse(body));
                lastAuthorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
                byte[] json = ("{\"access_token\":\"" + nextToken.get() + "\",\"token_type\":\"Bearer\","
                        + "\"expires_in\":900}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, json.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(json);
                }
            });
            server.start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void willIssue(Supplier<String> token) {
        this.nextToken = token;
    }

    public Map<String, String> lastForm() {
        return lastForm.get();
    }

    public String lastAuthorization() {
        return lastAuthorization.get();
    }

    private static Map<String, String> parse(String form) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : form.split("&")) {
            String[] kv = pair.split("=", 2);
            values.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return values;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
