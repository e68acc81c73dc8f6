package cn.gov.zhushan.plan.gateway;

import static cn.gov.zhushan.plan.gateway.GatewayTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.zhushan.plan.gateway.support.Http;
import cn.gov.zhushan.plan.gateway.support.StubService;
import cn.gov.zhushan.plan.gateway.support.TestTokens;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Behind an Ingress every request reaches the gateway from the Ingress controller. An anonymous flood of
 * token requests must not lock the departments out: named clients have their own buckets, anonymous callers
 * are told apart by the X-Forwarded-For the trusted proxy (here: the test itself, 127.0.0.1) writes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "eureka.client.enabled=false",
    "plan.gateway.trusted-proxies=127.0.0.1/32",
    "plan.gateway.rate-limit.token-requests.replenish-rate=1",
    "plan.gateway.rate-limit.token-requests.burst-capacity=3"
})
class TokenRateLimitTest {

    static final TestTokens TOKENS = new TestTokens();
    static final StubService AUTH = new StubService();
    static final String FORM = "application/x-www-form-urlencoded";

    @DynamicPropertySource
    static void upstreams(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", TOKENS::jwkSetUri);
        registry.add("plan.gateway.upstream.auth-server", AUTH::url);
    }

    @LocalServerPort
    int port;

    @Test
    void anAnonymousFloodDoesNotLockRealClientsOut() throws Exception {
        Http http = new Http(port);
        byte[] anonymous = "grant_type=client_credentials".getBytes(StandardCharsets.US_ASCII);
        AtomicBoolean flooding = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> floods = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            floods.add(pool.submit(() -> {
                int refused = 0;
                for (int i = 0; i < 200 && flooding.get(); i++) {
                    if (http.send("POST", "/oauth2/token", null, anonymous, "Content-Type", FORM,
                            "X-Forwarded-For", "203.0.113.66").statusCode() == 429) {
                        refused++;
                    }
                }
                return refused;
            }));
        }
        try {
            // wait until the flood is being refused, then the departments ask for their tokens
            HttpResponse<String> flood = http.send("POST", "/oauth2/token", null, anonymous, "Content-Type", FORM,
                    "X-Forwarded-For", "203.0.113.66");
            for (int i = 0; i < 50 && flood.statusCode() != 429; i++) {
                flood = http.send("POST", "/oauth2/token", null, anonymous, "Content-Type", FORM,
                        "X-Forwarded-For", "203.0.113.66");
            }
            assertProblem(flood, 429);

            // the same ingress address, but a named client (Basic, and client_secret_post)
            HttpResponse<String> basic = http.send("POST", "/oauth2/token", null, anonymous, "Content-Type", FORM,
                    "X-Forwarded-For", "203.0.113.66", "Authorization", basic("dashboard", "dashboard-secret"));
            assertThat(basic.statusCode()).isEqualTo(200);
            HttpResponse<String> post = http.send("POST", "/oauth2/token", null,
                    "grant_type=client_credentials&client_id=civil-affairs&client_secret=x".getBytes(StandardCharsets.US_ASCII),
                    "Content-Type", FORM, "X-Forwarded-For", "203.0.113.66");
            assertThat(post.statusCode()).isEqualTo(200);
            // the form reached auth-server intact (the limiter read it from the cached body)
            assertThat(post.body()).contains("\"method\":\"POST\"").contains("\"path\":\"/oauth2/token\"");
            // another anonymous caller behind the same ingress has its own bucket
            assertThat(http.send("POST", "/oauth2/token", null, anonymous, "Content-Type", FORM,
                    "X-Forwarded-For", "198.51.100.23").statusCode()).isEqualTo(200);
        } finally {
            flooding.set(false);
            pool.shutdown();
        }
        int refused = 0;
        for (Future<Integer> f : floods) {
            refused += f.get();
        }
        assertThat(refused).as("the flood itself was limited").isPositive();
    }

    @Test
    void oneClientRetryingHardOnlyLimitsItself() {
        Http http = new Http(port);
        byte[] form = "grant_type=client_credentials".getBytes(StandardCharsets.US_ASCII);
        HttpResponse<String> last = http.send("POST", "/oauth2/token", null, form, "Content-Type", FORM,
                "Authorization", basic("culture-tourism", "wrong"));
        for (int i = 0; i < 20 && last.statusCode() != 429; i++) {
            last = http.send("POST", "/oauth2/token", null, form, "Content-Type", FORM,
                    "Authorization", basic("culture-tourism", "wrong"));
        }
        assertProblem(last, 429);
        assertThat(http.send("POST", "/oauth2/token", null, form, "Content-Type", FORM,
                "Authorization", basic("statistics-bureau", "s")).statusCode()).isEqualTo(200);
    }

    private static String basic(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }
}
