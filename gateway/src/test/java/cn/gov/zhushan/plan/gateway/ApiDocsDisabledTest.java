package cn.gov.zhushan.plan.gateway;

import static cn.gov.zhushan.plan.gateway.GatewayTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.zhushan.plan.gateway.support.Http;
import cn.gov.zhushan.plan.gateway.support.StubService;
import cn.gov.zhushan.plan.gateway.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** In the k8s profile the API documents are not served through the gateway unless configured. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "eureka.client.enabled=false")
@ActiveProfiles("k8s")
class ApiDocsDisabledTest {

    static final TestTokens TOKENS = new TestTokens();
    static final StubService STUB = new StubService();

    @DynamicPropertySource
    static void upstreams(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", TOKENS::jwkSetUri);
        registry.add("plan.gateway.upstream.indicator-service", STUB::url);
    }

    @LocalServerPort
    int port;

    @Test
    void documentsAndSwaggerUiAreRefusedButProbesAndApisWork() {
        Http http = new Http(port);
        for (String path : new String[] {"/v3/api-docs", "/v3/api-docs/indicator-service", "/v3/api-docs/swagger-config",
                "/swagger-ui/index.html", "/swagger-ui.html"}) {
            assertProblem(http.get(path, null), 401);
            assertThat(http.get(path, TOKENS.token("c", "indicators:read")).statusCode()).as(path).isEqualTo(403);
        }
        assertThat(http.get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
        assertThat(http.get("/api/v1/indicators/gdp", TOKENS.token("c", "indicators:read")).statusCode()).isEqualTo(200);
    }
}
