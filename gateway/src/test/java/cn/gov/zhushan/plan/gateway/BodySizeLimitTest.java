package cn.gov.zhushan.plan.gateway;

import static cn.gov.zhushan.plan.gateway.GatewayTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.zhushan.plan.gateway.support.StubService;
import cn.gov.zhushan.plan.gateway.support.TestTokens;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Body limits count bytes: a chunked body (no Content-Length) is held to its route's limit like a declared one.
 * 12MB for footfall batches only; 1MB everywhere else; 16KB for token requests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "eureka.client.enabled=false",
    "plan.gateway.rate-limit.default-limit.replenish-rate=1000",
    "plan.gateway.rate-limit.default-limit.burst-capacity=1000"
})
class BodySizeLimitTest {

    static final TestTokens TOKENS = new TestTokens();
    static final StubService STUB = new StubService();
    static final int MB = 1024 * 1024;

    @DynamicPropertySource
    static void upstreams(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", TOKENS::jwkSetUri);
        for (String service : new String[] {"indicator-service", "project-service", "livelihood-service",
                "tourism-service", "auth-server"}) {
            registry.add("plan.gateway.upstream." + service, STUB::url);
        }
    }

    @LocalServerPort
    int port;

    /** Sent chunked: the JDK client streams an InputStream body without a Content-Length. */
    private HttpResponse<String> postChunked(String path, String token, int bytes) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[bytes])));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void chunkedBodiesOverOneMegabyteAreRefusedOnEveryOrdinaryRoute() {
        String[][] routes = {
            {"/api/v1/indicators/observations", "indicators:write"},
            {"/api/v1/projects/p-1/progress", "projects:write"},
            {"/api/v1/livelihood/cycles", "livelihood:write"},
            {"/api/v1/tourism/sites", "tourism:write"}};
        for (String[] route : routes) {
            HttpResponse<String> refused = postChunked(route[0], TOKENS.token("c", route[1]), 2 * MB);
            assertProblem(refused, 413);
            assertThat(refused.body()).contains("\"maxBytes\":" + MB);
        }
        HttpResponse<String> small = postChunked("/api/v1/indicators/observations", TOKENS.token("c", "indicators:write"), MB - 10);
        assertThat(small.statusCode()).isEqualTo(200);
        assertThat(small.body()).as("the whole body reached the service").contains("\"bodyBytes\":" + (MB - 10));
    }

    @Test
    void footfallBatchesMayBeTwelveMegabytesAndNoMore() {
        String token = TOKENS.token("c", "tourism:ingest");
        HttpResponse<String> batch = postChunked("/api/v1/tourism/footfall/readings", token, 3 * MB);
        assertThat(batch.statusCode()).isEqualTo(200);
        assertThat(batch.body()).contains("\"bodyBytes\":" + 3 * MB);
        assertProblem(postChunked("/api/v1/tourism/footfall/readings", token, 13 * MB), 413);
        // reading footfall is an ordinary route
        assertProblem(postChunked("/api/v1/tourism/footfall-report", TOKENS.token("c", "tourism:write"), 2 * MB), 413);
    }

    @Test
    void tokenRequestsAreSmall() {
        assertProblem(postChunked("/oauth2/token", null, 64 * 1024), 413);
    }
}
