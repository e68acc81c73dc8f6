package cn.gov.zhushan.plan.gateway;

import static cn.gov.zhushan.plan.gateway.GatewayTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.gov.zhushan.plan.gateway.support.Http;
import cn.gov.zhushan.plan.gateway.support.StubService;
import cn.gov.zhushan.plan.gateway.support.TestTokens;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The Redis-backed limiter against the real Redis on 127.0.0.1:6379; skipped when none is there. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "eureka.client.enabled=false",
    "plan.gateway.rate-limit.redis=true",
    "spring.data.redis.host=127.0.0.1",
    "spring.data.redis.port=6379"
})
class RedisRateLimitTest {

    static final TestTokens TOKENS = new TestTokens();
    static final StubService STUB = new StubService();
    /** Fresh per run, so buckets left in Redis by an earlier run do not matter. */
    static final String CLIENT = "redis-client-" + UUID.randomUUID();

    @BeforeAll
    static void redisIsThere() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 6379), 500);
        } catch (Exception e) {
            assumeTrue(false, "no Redis on 127.0.0.1:6379");
        }
    }

    @DynamicPropertySource
    static void upstreams(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", TOKENS::jwkSetUri);
        registry.add("plan.gateway.upstream.livelihood-service", STUB::url);
        registry.add("plan.gateway.rate-limit.clients." + CLIENT + ".replenish-rate", () -> "1");
        registry.add("plan.gateway.rate-limit.clients." + CLIENT + ".burst-capacity", () -> "2");
    }

    @LocalServerPort
    int port;

    @Autowired
    ReactiveStringRedisTemplate redis;

    @Test
    void limitsOneClientInRedisAndLeavesOthersAlone() {
        Http http = new Http(port);
        String token = TOKENS.token(CLIENT, "livelihood:read");
        assertThat(http.get("/api/v1/livelihood/programs", token).statusCode()).isEqualTo(200);
        // the bucket refills one token a second: on a busy machine a slow request may earn one back,
        // so keep asking until the limiter refuses (it must, long before the tenth call)
        HttpResponse<String> refused = http.get("/api/v1/livelihood/programs", token);
        for (int i = 0; i < 10 && refused.statusCode() == 200; i++) {
            refused = http.get("/api/v1/livelihood/programs", token);
        }
        assertProblem(refused, 429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(refused.headers().firstValue("X-RateLimit-Remaining")).hasValue("0");

        assertThat(http.get("/api/v1/livelihood/programs", TOKENS.token("other-" + CLIENT, "livelihood:read"))
                .statusCode()).isEqualTo(200);
        // the bucket really is in Redis (Spring Cloud Gateway's key layout: {configKey.id})
        assertThat(redis.hasKey("request_rate_limiter.{client:" + CLIENT + "." + CLIENT + "}.tokens").block()).isTrue();
    }
}
