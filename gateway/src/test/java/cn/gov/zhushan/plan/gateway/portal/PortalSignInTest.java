package cn.gov.zhushan.plan.gateway.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.zhushan.plan.gateway.support.FakeAuthorizationServer;
import cn.gov.zhushan.plan.gateway.support.Http;
import cn.gov.zhushan.plan.gateway.support.StubService;
import cn.gov.zhushan.plan.gateway.support.TestTokens;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The dashboard's chain over real HTTP: a browser-like client signs in through the gateway (authorization
 * code with PKCE against a token endpoint that issues real RS256 tokens), then calls /app/api with only the
 * session cookie; the gateway relays the person's token and applies the same scope rules as on /api.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "eureka.client.enabled=false",
    "spring.security.oauth2.client.registration.plan-portal.client-secret=portal-test-secret"
})
class PortalSignInTest {

    static final TestTokens TOKENS = new TestTokens();
    static final StubService STUB = new StubService();
    static final FakeAuthorizationServer AUTH = new FakeAuthorizationServer();

    @DynamicPropertySource
    static void upstreams(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", TOKENS::jwkSetUri);
        registry.add("spring.security.oauth2.client.provider.zhushan-auth.token-uri", () -> AUTH.url() + "/oauth2/token");
        for (String service : new String[] {"indicator-service", "project-service", "livelihood-service",
                "tourism-service", "auth-server"}) {
            registry.add("plan.gateway.upstream." + service, STUB::url);
        }
    }

    @AfterAll
    static void stop() {
        AUTH.close();
    }

    @LocalServerPort
    int port;

    @Test
    void unauthenticatedPageGoesToSignInWithPkceAndTheBearerApiStaysAsItWas() throws Exception {
        Browser browser = new Browser(port);
        HttpResponse<String> page = browser.get("/");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(location(page)).isEqualTo("/oauth2/authorization/plan-portal");

        HttpResponse<String> authorize = browser.get("/oauth2/authorization/plan-portal");
        Map<String, String> query = query(location(authorize));
        assertThat(location(authorize)).startsWith("http://localhost:9000/oauth2/authorize?");
        assertThat(query).containsEntry("client_id", "plan-portal").containsEntry("code_challenge_method", "S256")
                .containsKey("code_challenge").containsKey("state");
        assertThat(query.get("redirect_uri")).isEqualTo("http://127.0.0.1:" + port + "/login/oauth2/code/plan-portal");
        // the first page request opened the session (it remembers where to come back to)
        String cookie = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(PortalSecurityConfig.SESSION_COOKIE + "=")).findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").contains("SameSite=Lax");   // Netty writes "HTTPOnly"

        // a script call without a session: Problem Details, not a redirect
        assertProblem(new Browser(port).get("/app/api/v1/tourism/sites"), 401);
        // department systems: no token, 401 Problem Details with the bearer challenge as before
        HttpResponse<String> api = new Http(port).get("/api/v1/tourism/sites", null);
        assertProblem(api, 401);
        assertThat(api.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        // the page's assets are served without a sign-in
        assertThat(new Browser(port).get("/webjars/echarts/5.3.1/dist/echarts.min.js").statusCode()).isEqualTo(200);
    }

    @Test
    void aSignedInTourismOfficerReadsTourismButNotLivelihoodAndWritesOnlyWithTheCsrfHeader() throws Exception {
        Browser browser = signIn("tourism-dept", "tourism:read", "tourism:write");
        assertThat(AUTH.lastForm()).containsEntry("grant_type", "authorization_code").containsKey("code_verifier");
        assertThat(AUTH.lastAuthorization()).startsWith("Basic ");

        HttpResponse<String> sites = browser.get("/app/api/v1/tourism/sites");
        assertThat(sites.statusCode()).isEqualTo(200);
        // the service sees its own path and the person's token (relayed from the session)
        assertThat(sites.body()).contains("\"path\":\"/api/v1/tourism/sites\"").contains("\"authorized\":true");

        assertProblem(browser.get("/app/api/v1/livelihood/programs"), 403);
        assertProblem(browser.get("/app/api/v1/indicators/gdp/2024"), 403);

        assertProblem(browser.send("POST", "/app/api/v1/tourism/events", null), 403);
        String xsrf = browser.cookie("XSRF-TOKEN");
        assertThat(xsrf).isNotBlank();
        assertThat(browser.send("POST", "/app/api/v1/tourism/events", xsrf).statusCode()).isEqualTo(200);

        // sign-out needs the CSRF header too, then ends the session
        assertProblem(browser.send("POST", "/logout", null), 403);
        HttpResponse<String> out = browser.send("POST", "/logout", xsrf);
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(location(out)).isEqualTo("/signed-out.html");
        assertProblem(browser.get("/app/api/v1/tourism/sites"), 401);
        assertThat(location(browser.get("/"))).isEqualTo("/oauth2/authorization/plan-portal");
    }

    @Test
    void thePlanOfficeReadsEveryDomainButWritesNone() throws Exception {
        Browser browser = signIn("plan-office", "indicators:read", "projects:read", "livelihood:read", "tourism:read");
        for (String path : List.of("/app/api/v1/indicators/gdp/2024", "/app/api/v1/projects/p-1",
                "/app/api/v1/livelihood/programs", "/app/api/v1/tourism/sites")) {
            assertThat(browser.get(path).statusCode()).as(path).isEqualTo(200);
        }
        // personal data needs livelihood:pii, which no staff role holds
        assertProblem(browser.get("/app/api/v1/livelihood/persons/1?unmasked=true"), 403);
        assertProblem(browser.send("POST", "/app/api/v1/tourism/events", browser.cookie("XSRF-TOKEN")), 403);
        assertThat(browser.get("/index.html").statusCode()).isEqualTo(200);
    }

    private Browser signIn(String user, String... scopes) throws Exception {
        Browser browser = new Browser(port);
        browser.get("/");
        HttpResponse<String> authorize = browser.get("/oauth2/authorization/plan-portal");
        String state = query(location(authorize)).get("state");
        AUTH.willIssue(() -> TOKENS.personToken(user, "plan-portal", scopes));
        HttpResponse<String> callback = browser.get("/login/oauth2/code/plan-portal?code=the-code&state=" + state);
        assertThat(callback.statusCode()).as(callback.body()).isEqualTo(302);
        assertThat(location(callback)).isEqualTo("/");
        browser.get("/");   // the page load writes the XSRF-TOKEN cookie
        return browser;
    }

    private static Map<String, String> query(String url) {
        return UriComponentsBuilder.fromUri(URI.create(url)).build(true).getQueryParams().toSingleValueMap().entrySet()
                .stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                        e -> java.net.URLDecoder.decode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }

    /** Keeps cookies like a browser; follows no redirect. */
    static final class Browser {

        private final CookieManager cookies = new CookieManager();
        private final int port;

        Browser(int port) {
            this.port = port;
        }

        /**
         * HTTP/1.1 as in support.Http: a POST refused before its body is read must not hang on an h2c upgrade. A new
         * client (so a new connection) per request: a connection the gateway closed after an early refusal is never
         * reused (seen as a request that hung until its timeout on a loaded CI machine).
         */
        private HttpClient http() {
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(java.time.Duration.ofSeconds(2)).build();
        }

        HttpResponse<String> get(String path) throws Exception {
            return http().send(HttpRequest.newBuilder(uri(path)).timeout(java.time.Duration.ofSeconds(20))
                    .header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> send(String method, String path, String xsrf) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(java.time.Duration.ofSeconds(20))
                    .header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString("{}"));
            if (xsrf != null) {
                request.header("X-XSRF-TOKEN", xsrf);
            }
            return http().send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        String cookie(String name) {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                    .map(HttpCookie::getValue).findFirst().orElse(null);
        }

        private URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }
    }
}
