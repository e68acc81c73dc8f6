package cn.gov.zhushan.plan.auth.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.json.JsonParserFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A person signs in over real HTTP the way the gateway's dashboard makes a browser do it: authorization
 * request with PKCE, the sign-in form, the code back to the redirect URI, the code exchanged for a token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"eureka.client.enabled=false", "plan.auth.issuer=http://auth.test"})
@ActiveProfiles("local")   // the demo users exist only there
class StaffSignInTest {

    private static final String REDIRECT = "http://127.0.0.1:8080/login/oauth2/code/plan-portal";
    private static final String ALL = "indicators:read indicators:write projects:read projects:write livelihood:read "
            + "livelihood:write employment:write tourism:read tourism:write";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Test
    void planOfficeGetsTheReadScopesItsRoleAllowsThroughAuthorizationCodeWithPkce() throws Exception {
        JWTClaimsSet claims = signInAndExchange("plan-office", "plan-office-password", ALL);
        assertThat(claims.getSubject()).isEqualTo("plan-office");
        assertThat(claims.getStringClaim("client_id")).isEqualTo("plan-portal");
        assertThat(claims.getAudience()).containsExactly("zhushan-plan");
        assertThat(claims.getStringListClaim("scope"))
                .containsExactlyInAnyOrder("indicators:read", "projects:read", "livelihood:read", "tourism:read");
    }

    @Test
    void tourismOfficerGetsOnlyTourismAndOnlyWhatWasAskedFor() throws Exception {
        assertThat(signInAndExchange("tourism-dept", "tourism-dept-password", ALL).getStringListClaim("scope"))
                .containsExactlyInAnyOrder("tourism:read", "tourism:write");
        assertThat(signInAndExchange("tourism-dept", "tourism-dept-password", "tourism:read livelihood:read")
                .getStringListClaim("scope")).containsExactly("tourism:read");
    }

    @Test
    void wrongPasswordGoesBackToTheFormWithAnError() throws Exception {
        BrowserSession browser = new BrowserSession(port);
        HttpResponse<String> authorize = browser.get(authorizeUrl(ALL, "challenge-" + "x".repeat(40)));
        assertThat(authorize.statusCode()).isEqualTo(302);
        assertThat(location(authorize)).endsWith("/login");
        HttpResponse<String> form = browser.get("/login");
        assertThat(form.body()).contains("工作人员登录");
        HttpResponse<String> posted = browser.postForm("/login", Map.of("username", "plan-office",
                "password", "wrong", "_csrf", csrf(form.body())), null);
        assertThat(location(posted)).endsWith("/login?error");
        assertThat(browser.get("/login?error").body()).contains("用户名或密码不正确");
    }

    @Test
    void theSignInFormRefusesAPostWithoutItsCsrfToken() throws Exception {
        BrowserSession browser = new BrowserSession(port);
        browser.get("/login");
        HttpResponse<String> posted = browser.postForm("/login",
                Map.of("username", "plan-office", "password", "plan-office-password"), null);
        assertThat(posted.statusCode()).isEqualTo(403);
    }

    @Test
    void anAuthorizationRequestWithoutPkceIsRefused() throws Exception {
        // refused before any sign-in: the client is registered as requiring a proof key
        HttpResponse<String> authorize = new BrowserSession(port).get(authorizeUrl(ALL, null));
        String location = location(authorize);
        assertThat(location).startsWith(REDIRECT).contains("error=invalid_request").doesNotContain("code=");
    }

    @Test
    void theSignInClientCannotGetATokenOnItsOwn() throws Exception {
        HttpResponse<String> response = new BrowserSession(port).postForm("/oauth2/token",
                Map.of("grant_type", "client_credentials", "scope", "indicators:read"), "plan-portal:plan-portal-secret");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("unauthorized_client").doesNotContain("access_token");
    }

    private JWTClaimsSet signInAndExchange(String user, String password, String scope) throws Exception {
        String verifier = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("verifier-" + System.nanoTime() + "-0123456789abcdef0123456789").getBytes());
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String authorize = authorizeUrl(scope, challenge);
        BrowserSession browser = signedIn(user, password, authorize);
        // after the sign-in the form sends the browser back to the authorization request it interrupted
        HttpResponse<String> back = browser.get(authorize);
        String location = location(back);
        assertThat(location).startsWith(REDIRECT);
        Map<String, String> query = UriComponentsBuilder.fromUri(URI.create(location)).build().getQueryParams()
                .toSingleValueMap();
        assertThat(query).containsEntry("state", "st%20ate");   // "st ate" comes back encoded
        // the sign-in session ends with the code: only the client's own session remains
        assertThat(browser.get(authorize).statusCode()).isEqualTo(302);
        assertThat(location(browser.get(authorize))).endsWith("/login");

        Map<String, String> exchange = new LinkedHashMap<>();
        exchange.put("grant_type", "authorization_code");
        exchange.put("code", query.get("code"));
        exchange.put("redirect_uri", REDIRECT);
        exchange.put("code_verifier", "wrong-" + verifier);
        assertThat(browser.postForm("/oauth2/token", exchange, "plan-portal:plan-portal-secret").statusCode())
                .as("a wrong PKCE verifier").isEqualTo(400);

        // a fresh code (the failed exchange above spent the first one)
        browser = signedIn(user, password, authorize);
        location = location(browser.get(authorize));
        exchange.put("code", UriComponentsBuilder.fromUri(URI.create(location)).build().getQueryParams().getFirst("code"));
        exchange.put("code_verifier", verifier);
        HttpResponse<String> token = browser.postForm("/oauth2/token", exchange, "plan-portal:plan-portal-secret");
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        Map<String, Object> body = JsonParserFactory.getJsonParser().parseMap(token.body());
        assertThat(body).containsKey("refresh_token");
        JWTClaimsSet claims = SignedJWT.parse((String) body.get("access_token")).getJWTClaimsSet();
        // the token response states the same narrowed scopes as the token itself
        assertThat(((String) body.get("scope")).split(" "))
                .containsExactlyInAnyOrderElementsOf(claims.getStringListClaim("scope"));
        return claims;
    }

    private BrowserSession signedIn(String user, String password, String authorize) throws Exception {
        BrowserSession browser = new BrowserSession(port);
        HttpResponse<String> first = browser.get(authorize);
        assertThat(location(first)).endsWith("/login");
        String token = csrf(browser.get("/login").body());
        HttpResponse<String> posted = browser.postForm("/login",
                Map.of("username", user, "password", password, "_csrf", token), null);
        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(location(posted)).contains("/oauth2/authorize");
        return browser;
    }

    private static String authorizeUrl(String scope, String challenge) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", "plan-portal");
        query.put("redirect_uri", REDIRECT);
        query.put("scope", scope);
        query.put("state", "st ate");
        if (challenge != null) {
            query.put("code_challenge", challenge);
            query.put("code_challenge_method", "S256");
        }
        return "/oauth2/authorize?" + BrowserSession.encode(query);
    }

    private static String csrf(String html) {
        Matcher matcher = CSRF.matcher(html);
        assertThat(matcher.find()).as("the form carries a CSRF token").isTrue();
        return matcher.group(1);
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }
}
