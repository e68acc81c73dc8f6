package cn.gov.zhushan.plan.gateway;

import static cn.gov.zhushan.plan.gateway.GatewayTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.zhushan.plan.gateway.support.Http;
import cn.gov.zhushan.plan.gateway.support.StubService;
import cn.gov.zhushan.plan.gateway.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Tokens naming made-up key ids must not make the gateway hammer the auth-server's JWKS endpoint. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "eureka.client.enabled=false",
    "plan.gateway.rate-limit.default-limit.replenish-rate=1000",
    "plan.gateway.rate-limit.default-limit.burst-capacity=1000"
})
class JwksFetchTest {

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
    void unknownKeyIdsCauseAtMostOneRefetch() {
        Http http = new Http(port);
        assertThat(http.get("/api/v1/indicators/gdp", TOKENS.token("c", "indicators:read")).statusCode()).isEqualTo(200);
        int afterFirstToken = TOKENS.jwksFetches();
        assertThat(afterFirstToken).isEqualTo(1);

        int requests = 40;
        for (int i = 0; i < requests; i++) {
            assertProblem(http.get("/api/v1/indicators/gdp", TOKENS.tokenWithUnknownKeyId("c", "indicators:read")), 401);
        }
        assertThat(TOKENS.jwksFetches() - afterFirstToken)
                .as("JWKS fetches caused by %d tokens with unknown key ids", requests)
                .isLessThanOrEqualTo(1);

        // real tokens are still verified from the cached set
        assertThat(http.get("/api/v1/indicators/gdp", TOKENS.token("c", "indicators:read")).statusCode()).isEqualTo(200);
        assertThat(TOKENS.jwksFetches()).isLessThanOrEqualTo(2);
    }
}
