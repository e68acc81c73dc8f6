package cn.gov.zhushan.plan.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.zhushan.plan.gateway.support.Http;
import cn.gov.zhushan.plan.gateway.support.StubService;
import cn.gov.zhushan.plan.gateway.support.TestTokens;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real gateway on a random port, real RS256 tokens checked against a JWKS served over HTTP, and
 * a real HTTP server behind every route.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "eureka.client.enabled=false",
    "plan.gateway.rate-limit.default-limit.replenish-rate=1000",
    "plan.gateway.rate-limit.default-limit.burst-capacity=1000",
    "plan.gateway.rate-limit.clients.limited-client.replenish-rate=1",
    "plan.gateway.rate-limit.clients.limited-client.burst-capacity=3",
    "plan.gateway.rate-limit.token-requests.replenish-rate=1",
    "plan.gateway.rate-limit.token-requests.burst-capacity=3",
    "plan.gateway.cors.allowed-origins=https://dashboard.example"
})
class GatewayTest {

    static final TestTokens TOKENS = new TestTokens();
    static final StubService STUB = new StubService();

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

    static Stream<Arguments> routeFamilies() {
        return Stream.of(
                Arguments.of("/api/v1/indicators/gdp/2024", "indicators:read", "projects:read"),
                Arguments.of("/api/v1/projects/p-1", "projects:read", "indicators:read"),
                Arguments.of("/api/v1/livelihood/programs", "livelihood:read", "tourism:read"),
                Arguments.of("/api/v1/tourism/sites", "tourism:read", "livelihood:read"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routeFamilies")
    void authorizationMatrix(String path, String rightScope, String wrongScope) {
        Http http = new Http(port);

        HttpResponse<String> noToken = http.get(path, null);
        assertProblem(noToken, 401);
        assertThat(noToken.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");

        HttpResponse<String> forged = http.get(path, TOKENS.forgedToken("matrix", rightScope));
        assertProblem(forged, 401);
        assertThat(forged.headers().firstValue("WWW-Authenticate").orElseThrow()).contains("invalid_token");

        assertProblem(http.get(path, TOKENS.expiredToken("matrix", rightScope)), 401);
        assertProblem(http.get(path, TOKENS.tokenFromOtherIssuer("matrix", rightScope)), 401);
        assertProblem(http.get(path, TOKENS.tokenForOtherAudience("matrix", rightScope)), 401);
        assertProblem(http.get(path, TOKENS.token("matrix", wrongScope)), 403);

        HttpResponse<String> allowed = http.get(path, TOKENS.token("matrix", rightScope));
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.body()).contains("\"path\":\"" + path + "\"").contains("\"authorized\":true");
    }

    @Test
    void writesPersonalDataEmploymentAndIngestionNeedTheirOwnScopes() {
        Http http = new Http(port);
        byte[] body = "{}".getBytes();
        String json = "Content-Type";

        assertThat(http.send("POST", "/api/v1/indicators/gdp", TOKENS.token("c", "indicators:read"), body, json, "application/json").statusCode()).isEqualTo(403);
        assertThat(http.send("POST", "/api/v1/indicators/gdp", TOKENS.token("c", "indicators:write"), body, json, "application/json").statusCode()).isEqualTo(200);
        assertThat(http.send("DELETE", "/api/v1/projects/p-1", TOKENS.token("c", "projects:read"), new byte[0]).statusCode()).isEqualTo(403);

        String pii = "/api/v1/livelihood/beneficiaries/pii/b-1";
        assertThat(http.get(pii, TOKENS.token("c", "livelihood:read")).statusCode()).isEqualTo(403);
        assertThat(http.get(pii, TOKENS.token("c", "livelihood:read", "livelihood:pii")).statusCode()).isEqualTo(200);
        String unmasked = "/api/v1/livelihood/beneficiaries/b-1?unmasked=true";
        assertThat(http.get(unmasked, TOKENS.token("c", "livelihood:read")).statusCode()).isEqualTo(403);
        assertThat(http.get(unmasked, TOKENS.token("c", "livelihood:read", "livelihood:pii")).statusCode()).isEqualTo(200);

        String employment = "/api/v1/livelihood/employment/records";
        assertThat(http.send("POST", employment, TOKENS.token("c", "livelihood:write"), body, json, "application/json").statusCode()).isEqualTo(403);
        assertThat(http.send("POST", employment, TOKENS.token("c", "employment:write"), body, json, "application/json").statusCode()).isEqualTo(200);
        assertThat(http.get(employment, TOKENS.token("c", "livelihood:read")).statusCode()).isEqualTo(200);

        String footfall = "/api/v1/tourism/footfall/batches";
        assertThat(http.send("POST", footfall, TOKENS.token("c", "tourism:write"), body, json, "application/json").statusCode()).isEqualTo(403);
        assertThat(http.send("POST", footfall, TOKENS.token("c", "tourism:ingest"), body, json, "application/json").statusCode()).isEqualTo(200);

        // no scope opens an unknown API or a path that climbs out of its prefix
        assertProblem(http.get("/api/v1/finance/budget", TOKENS.token("c", "indicators:read")), 403);
        HttpResponse<String> climbing = http.get("/api/v1/tourism/../livelihood/pii/b-1", TOKENS.token("c", "tourism:read"));
        assertThat(climbing.statusCode()).isIn(400, 403);
        assertThat(climbing.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertProblem(http.get("/elsewhere", null), 401);
    }

    @Test
    void personLookupByIdNumberNeedsThePiiScope() {
        Http http = new Http(port);
        byte[] body = "{\"idNumber\":\"360203199001011234\"}".getBytes();
        String lookup = "/api/v1/livelihood/persons/lookup";
        assertProblem(http.send("POST", lookup, TOKENS.token("c", "livelihood:read"), body,
                "Content-Type", "application/json"), 403);
        assertProblem(http.send("POST", lookup, TOKENS.token("c", "livelihood:read", "livelihood:write"), body,
                "Content-Type", "application/json"), 403);
        assertThat(http.send("POST", lookup, TOKENS.token("c", "livelihood:read", "livelihood:pii"), body,
                "Content-Type", "application/json").statusCode()).isEqualTo(200);
    }

    @Test
    void requestIdIsEchoedPassedDownstreamAndGeneratedWhenMissing() {
        Http http = new Http(port);
        HttpResponse<String> given = http.get("/api/v1/tourism/sites", TOKENS.token("c", "tourism:read"),
                "X-Request-Id", "req-123");
        assertThat(given.headers().firstValue("X-Request-Id")).hasValue("req-123");
        assertThat(given.body()).contains("\"requestId\":\"req-123\"");

        HttpResponse<String> generated = http.get("/api/v1/tourism/sites", TOKENS.token("c", "tourism:read"));
        String id = generated.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(id).hasSize(36);
        assertThat(generated.body()).contains("\"requestId\":\"" + id + "\"");

        HttpResponse<String> refused = http.get("/api/v1/tourism/sites", null, "X-Request-Id", "req-401");
        assertThat(refused.headers().firstValue("X-Request-Id")).hasValue("req-401");
        assertThat(refused.body()).contains("req-401");
    }

    @Test
    void bodiesOverTheRouteLimitAreRefusedWith413() {
        Http http = new Http(port);
        byte[] twoMegabytes = new byte[2 * 1024 * 1024];
        assertProblem(http.send("POST", "/api/v1/indicators/observations", TOKENS.token("c", "indicators:write"),
                twoMegabytes, "Content-Type", "application/json"), 413);
        // footfall batches may be up to 12 MB
        assertThat(http.send("POST", "/api/v1/tourism/footfall/batches", TOKENS.token("c", "tourism:ingest"),
                twoMegabytes, "Content-Type", "application/json").statusCode()).isEqualTo(200);
    }

    @Test
    void eachClientHasItsOwnBucket() {
        Http http = new Http(port);
        String limited = TOKENS.token("limited-client", "projects:read");
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> ok = http.get("/api/v1/projects", limited);
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(ok.headers().firstValue("X-RateLimit-Burst-Capacity")).hasValue("3");
        }
        // one token a second comes back: a slow machine may earn one, so ask until refused
        HttpResponse<String> refused = http.get("/api/v1/projects", limited);
        for (int i = 0; i < 10 && refused.statusCode() == 200; i++) {
            refused = http.get("/api/v1/projects", limited);
        }
        assertProblem(refused, 429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(refused.headers().firstValue("X-RateLimit-Remaining")).hasValue("0");

        assertThat(http.get("/api/v1/projects", TOKENS.token("other-client", "projects:read")).statusCode()).isEqualTo(200);
    }

    @Test
    void tokenRequestsAreLimitedPerCallerAddress() {
        Http http = new Http(port);
        byte[] form = "grant_type=client_credentials".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        HttpResponse<String> last = http.send("POST", "/oauth2/token", null, form,
                "Content-Type", "application/x-www-form-urlencoded");
        assertThat(last.statusCode()).isEqualTo(200);
        assertThat(last.headers().firstValue("X-RateLimit-Burst-Capacity")).hasValue("3");
        // burst 3, one a second back: a slow machine may earn one, so ask until refused
        for (int i = 0; i < 12 && last.statusCode() == 200; i++) {
            last = http.send("POST", "/oauth2/token", null, form, "Content-Type", "application/x-www-form-urlencoded");
        }
        assertProblem(last, 429);
        assertThat(last.headers().firstValue("Retry-After")).hasValue("1");
        // the key set and every client's own bucket are not affected
        assertThat(http.get("/oauth2/jwks", null).statusCode()).isEqualTo(200);
        assertThat(http.get("/api/v1/projects", TOKENS.token("token-test-client", "projects:read")).statusCode())
                .isEqualTo(200);
    }

    @Test
    void openEndpointsAndApiDocsNeedNoToken() {
        Http http = new Http(port);
        assertThat(http.get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
        assertThat(http.get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
        assertThat(http.get("/actuator/prometheus", null).statusCode()).isEqualTo(200);

        HttpResponse<String> serviceDocs = http.get("/v3/api-docs/indicator-service", null);
        assertThat(serviceDocs.statusCode()).isEqualTo(200);
        assertThat(serviceDocs.body()).contains("\"openapi\":\"3.1.0\"");

        HttpResponse<String> gatewayDocs = http.get("/v3/api-docs", null);
        assertThat(gatewayDocs.statusCode()).isEqualTo(200);
        assertThat(gatewayDocs.body()).contains("clientCredentials").contains("/oauth2/token");

        HttpResponse<String> swaggerConfig = http.get("/v3/api-docs/swagger-config", null);
        assertThat(swaggerConfig.body()).contains("/v3/api-docs/tourism-service");
        assertThat(http.get("/swagger-ui/index.html", null).statusCode()).isEqualTo(200);
    }

    @Test
    void corsPreflightIsAnsweredForConfiguredOrigins() {
        Http http = new Http(port);
        HttpResponse<String> preflight = http.send("OPTIONS", "/api/v1/indicators", null, new byte[0],
                "Origin", "https://dashboard.example", "Access-Control-Request-Method", "GET",
                "Access-Control-Request-Headers", "authorization");
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://dashboard.example");

        HttpResponse<String> foreign = http.send("OPTIONS", "/api/v1/indicators", null, new byte[0],
                "Origin", "https://evil.example", "Access-Control-Request-Method", "GET");
        assertThat(foreign.statusCode()).isEqualTo(403);
    }

    static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"status\":" + status).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
