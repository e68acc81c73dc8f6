package cn.gov.zhushan.plan.local.ready;

import cn.gov.zhushan.plan.local.stack.Probe;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** Small HTTP calls against the local stack, with short timeouts so polling never hangs. */
public final class HttpProbe {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    // HTTP/1.1: the default HTTP/2 upgrade attempt on plain http is wasted work against these servers.
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1))
            .build();

    /** A status and body; status 0 means nothing answered. */
    public record Reply(int status, String body) {

        static final Reply NONE = new Reply(0, "");
    }

    public Reply get(String url, Optional<String> bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET();
        bearer.ifPresent(token -> request.header("Authorization", "Bearer " + token));
        return send(request.build());
    }

    public Reply postForm(String url, String basicAuth, String form) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Authorization", "Basic " + basicAuth)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        return send(request);
    }

    /**
     * An application is "up" once its actuator answers at all. DOWN (503) is reported but accepted:
     * the embedded store does not speak 'hello', so Boot's Mongo indicator can say DOWN on a healthy
     * service; the gateway round trip at the end is the real test.
     */
    public Probe healthProbe(int port) {
        String url = "http://127.0.0.1:" + port + "/actuator/health";
        return () -> {
            Reply reply = get(url, Optional.empty());
            if (reply.status() == 0) {
                return Optional.empty();
            }
            if (reply.status() == 200 && reply.body().contains("\"UP\"")) {
                return Optional.of("health UP");
            }
            return Optional.of("answers, health HTTP " + reply.status());
        };
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            return Reply.NONE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Reply.NONE;
        }
    }
}
