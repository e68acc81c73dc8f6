package cn.gov.zhushan.plan.indicator.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP server standing in for another service in the report's tests: GET routes (path with query) answer
 * JSON, and every call must carry the bearer token the stub auth server issued, as the real services require.
 */
final class StubServer implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final Map<String, Supplier<Object>> routes = new ConcurrentHashMap<>();
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final Supplier<String> expectedToken;
    private volatile java.time.Duration delay = java.time.Duration.ZERO;

    StubServer(Supplier<String> expectedToken) {
        this.expectedToken = expectedToken;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "stub-server");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    /** Answers every call only after {@code delay}: a service that hangs. */
    StubServer slow(java.time.Duration delay) {
        this.delay = delay;
        return this;
    }

    StubServer route(String pathAndQuery, Object body) {
        routes.put(pathAndQuery, () -> body);
        return this;
    }

    String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<String> calls() {
        return calls;
    }

    /** A port nobody listens on: a service that is down. */
    static String unreachableUri() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        String key = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        calls.add(key);
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.equals("Bearer " + expectedToken.get())) {
            send(exchange, 401, Map.of("title", "Unauthorized", "status", 401));
            return;
        }
        Supplier<Object> body = routes.get(key);
        if (body == null) {
            send(exchange, 404, Map.of("title", "Not Found", "status", 404, "detail", "No stub for " + key));
            return;
        }
        send(exchange, 200, body.get());
    }

    private static void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", status == 200 ? "application/json" : "application/problem+json");
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
