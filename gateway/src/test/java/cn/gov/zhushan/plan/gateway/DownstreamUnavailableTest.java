package cn.gov.zhushan.plan.gateway;

import static cn.gov.zhushan.plan.gateway.GatewayTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.zhushan.plan.gateway.support.Http;
import cn.gov.zhushan.plan.gateway.support.StubService;
import cn.gov.zhushan.plan.gateway.support.TestTokens;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A stopped service and a slow one: the caller gets a 503 Problem naming the service, in time. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "eureka.client.enabled=false",
    "plan.gateway.resilience.timeout=1s"
})
class DownstreamUnavailableTest {

    static final TestTokens TOKENS = new TestTokens();
    static final StubService SLOW = new StubService();

    @DynamicPropertySource
    static void upstreams(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", TOKENS::jwkSetUri);
        String stopped = StubService.closedUrl();
        registry.add("plan.gateway.upstream.indicator-service", () -> stopped);
        registry.add("plan.gateway.upstream.project-service", SLOW::url);
    }

    @LocalServerPort
    int port;

    @Test
    void stoppedServiceAnswers503NamingIt() {
        Http http = new Http(port);
        long started = System.nanoTime();
        HttpResponse<String> response = http.get("/api/v1/indicators/gdp", TOKENS.token("c", "indicators:read"),
                "X-Request-Id", "down-1");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertProblem(response, 503);
        assertThat(response.body()).contains("\"service\":\"indicator-service\"").contains("down-1")
                .contains("\"instance\":\"/api/v1/indicators/gdp\"");
        assertThat(response.headers().firstValue("X-Request-Id")).hasValue("down-1");
        assertThat(response.headers().firstValue("Retry-After")).isPresent();

        HttpResponse<String> write = http.send("POST", "/api/v1/indicators/gdp",
                TOKENS.token("c", "indicators:write"), "{}".getBytes(), "Content-Type", "application/json");
        assertProblem(write, 503);
    }

    @Test
    void slowServiceIsCutOffAtTheTimeout() {
        Http http = new Http(port);
        http.get("/api/v1/projects/warm-up", TOKENS.token("c", "projects:read"));   // JWKS fetch, first-call costs
        long started = System.nanoTime();
        HttpResponse<String> response = http.send("POST", "/api/v1/projects/slow",
                TOKENS.token("c", "projects:write"), "{}".getBytes(), "Content-Type", "application/json");
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertProblem(response, 503);
        assertThat(response.body()).contains("project-service");
        // the stub answers after 15 s; the 1 s time limit cuts it off long before (slack for a busy CI machine)
        assertThat(took).isLessThan(Duration.ofSeconds(5));
    }
}
