package cn.gov.zhushan.plan.gateway.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * A real HTTP server standing in for a platform service. It answers every path with a small JSON
 * echo of what reached it; paths ending in {@code /slow} answer after 15 s. A request with the header
 * {@code X-Stub-Error: <status> <content-type>} gets that error instead, with an HTML or JSON body and a
 * {@code Server} banner, the way Tomcat answers a request it refuses.
 */
public final class StubService {

    private final HttpServer server;

    public StubService() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", this::answer);
            server.setExecutor(Executors.newCachedThreadPool());
            server.start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A URL where nothing listens: a stopped service. */
    public static String closedUrl() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        long bodyBytes;
        try (InputStream in = exchange.getRequestBody()) {
            bodyBytes = in.transferTo(OutputStream.nullOutputStream());
        }
        String error = exchange.getRequestHeaders().getFirst("X-Stub-Error");
        if (error != null) {
            String[] parts = error.split(" ", 2);
            byte[] page = parts[1].contains("json") ? "{\"error\":\"invalid_client\"}".getBytes(StandardCharsets.UTF_8)
                    : "<!doctype html><html><body><h1>HTTP Status 400 – Bad Request</h1></body></html>"
                            .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", parts[1]);
            exchange.getResponseHeaders().set("Server", "Apache-Coyote/1.1");
            exchange.sendResponseHeaders(Integer.parseInt(parts[0]), page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
            return;
        }
        String path = exchange.getRequestURI().getRawPath();
        if (path.endsWith("/slow")) {
            try {
                Thread.sleep(15_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        String requestId = exchange.getRequestHeaders().getFirst("X-Request-Id");
        String body = path.equals("/v3/api-docs")
                ? "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"stub\",\"version\":\"v1\"},\"paths\":{}}"
                : "{\"method\":\"" + exchange.getRequestMethod() + "\",\"path\":\"" + path
                        + "\",\"bodyBytes\":" + bodyBytes
                        + ",\"requestId\":\"" + requestId + "\",\"authorized\":"
                        + exchange.getRequestHeaders().containsKey("Authorization") + "}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
