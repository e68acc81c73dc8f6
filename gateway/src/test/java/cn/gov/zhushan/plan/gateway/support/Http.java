package cn.gov.zhushan.plan.gateway.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Plain JDK HTTP client against the gateway on its random port. Each request gets a fresh client, so no
 * request rides on a pooled keep-alive connection the server is closing at that moment (some answers here
 * close the connection on purpose, e.g. 413): a request caught that way hung until its timeout now and then.
 */
public record Http(int port) {

    private static HttpClient client() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
    }

    public HttpResponse<String> get(String path, String token, String... headers) {
        return send(request(path, token, headers).GET());
    }

    public HttpResponse<String> send(String method, String path, String token, byte[] body, String... headers) {
        return send(request(path, token, headers).method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private HttpRequest.Builder request(String path, String token, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            return client().send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
