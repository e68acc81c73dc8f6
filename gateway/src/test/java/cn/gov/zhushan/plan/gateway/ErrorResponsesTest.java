package cn.gov.zhushan.plan.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.zhushan.plan.gateway.support.Http;
import cn.gov.zhushan.plan.gateway.support.RawHttp;
import cn.gov.zhushan.plan.gateway.support.StubService;
import cn.gov.zhushan.plan.gateway.support.TestTokens;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Every error the gateway answers is Problem Details, also those raised before WebFlux sees the request. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "eureka.client.enabled=false")
class ErrorResponsesTest {

    static final TestTokens TOKENS = new TestTokens();
    static final StubService STUB = new StubService();

    @DynamicPropertySource
    static void upstreams(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", TOKENS::jwkSetUri);
        registry.add("plan.gateway.upstream.indicator-service", STUB::url);
        registry.add("plan.gateway.upstream.auth-server", STUB::url);
    }

    @LocalServerPort
    int port;

    private RawHttp.Reply get(String target, String... headers) {
        StringBuilder request = new StringBuilder("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
        for (String header : headers) {
            request.append(header).append("\r\n");
        }
        return RawHttp.send(port, request.append("\r\n").toString());
    }

    private static void assertProblem(RawHttp.Reply reply, int status) {
        assertThat(reply.status()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.header("Server")).isNull();
        assertThat(reply.body()).contains("\"status\":" + status).doesNotContain("<html");
    }

    @Test
    void aRequestLineOverFourKibibytesIs414ProblemDetails() {
        assertProblem(get("/api/v1/indicators/" + "a".repeat(5000)), 414);
    }

    @Test
    void oversizedHeadersAre431ProblemDetails() {
        assertProblem(get("/api/v1/indicators/gdp", "X-Filler: " + "b".repeat(20_000)), 431);
    }

    @Test
    void aBadPercentEscapeIs400ProblemDetails() {
        assertProblem(get("/api/v1/indicators/%zz"), 400);
        assertProblem(get("/api/v1/indicators/gdp?q=%G1"), 400);
    }

    @Test
    void unencodedBracketsInTheQueryGetProblemDetails() {
        RawHttp.Reply reply = get("/api/v1/indicators/gdp?filter[year]=2024",
                "Authorization: Bearer " + TOKENS.token("c", "indicators:read"));
        assertThat(reply.header("Content-Type")).as("status %d: %s", reply.status(), reply.body())
                .startsWith(reply.status() >= 400 ? "application/problem+json" : "application/json");
        assertThat(reply.body()).doesNotContain("<html");
    }

    @Test
    void aServiceHtmlErrorPageBecomesProblemDetails() {
        RawHttp.Reply reply = get("/api/v1/indicators/gdp", "Authorization: Bearer " + TOKENS.token("c", "indicators:read"),
                "X-Stub-Error: 400 text/html;charset=utf-8");
        assertProblem(reply, 400);
        assertThat(reply.body()).contains("\"service\":\"indicator-service\"").contains("\"instance\":\"/api/v1/indicators/gdp\"");

        HttpResponse<String> json = new Http(port).get("/api/v1/indicators/gdp", TOKENS.token("c", "indicators:read"),
                "X-Stub-Error", "500 application/json");
        GatewayTest.assertProblem(json, 500);
        assertThat(json.headers().firstValue("Server")).isEmpty();
    }

    @Test
    void tokenEndpointErrorsKeepTheirOAuth2Shape() {
        HttpResponse<String> reply = new Http(port).send("POST", "/oauth2/token", null, "grant_type=client_credentials".getBytes(),
                "Content-Type", "application/x-www-form-urlencoded", "X-Stub-Error", "401 application/json");
        assertThat(reply.statusCode()).isEqualTo(401);
        assertThat(reply.body()).isEqualTo("{\"error\":\"invalid_client\"}");
        assertThat(reply.headers().firstValue("Server")).isEmpty();
    }
}
