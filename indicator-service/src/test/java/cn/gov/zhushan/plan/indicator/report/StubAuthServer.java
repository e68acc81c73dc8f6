package cn.gov.zhushan.plan.indicator.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import cn.gov.zhushan.plan.platform.test.TestTokens;

/**
 * The auth-server's token endpoint for the report's tests: grants a real signed JWT (the platform test key) to the
 * indicator service's client credentials, as RFC 6749 answers, and refuses anything else.
 */
final class StubAuthServer implements AutoCloseable {

    static final String CLIENT_ID = "indicator-service";
    static final String CLIENT_SECRET = "indicator-service-secret";

    private final HttpServer server;
    private final String token = TestTokens.get().issue(CLIENT_ID, "projects:read", "livelihood:read", "tourism:read");
    private final AtomicInteger grants = new AtomicInteger();

    StubAuthServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/oauth2/token", this::token);
        server.start();
    }

    String tokenUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/oauth2/token";
    }

    String token() {
        return token;
    }

    int grants() {
        return grants.get();
    }

    private void token(HttpExchange exchange) throws IOException {
        String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String basic = "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        if (!"POST".equals(exchange.getRequestMethod()) || !basic.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            send(exchange, 401, "{\"error\":\"invalid_client\"}");
            return;
        }
        if (!form.contains("grant_type=client_credentials")) {
            send(exchange, 400, "{\"error\":\"unsupported_grant_type\"}");
            return;
        }
        grants.incrementAndGet();
        send(exchange, 200, "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":299,"
                + "\"scope\":\"projects:read livelihood:read tourism:read\"}");
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json;charset=UTF-8");
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
