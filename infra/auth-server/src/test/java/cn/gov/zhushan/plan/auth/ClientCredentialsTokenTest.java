package cn.gov.zhushan.plan.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.json.JsonParserFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"eureka.client.enabled=false", "plan.auth.issuer=http://auth.test"})
@ActiveProfiles("local")   // the demo clients ("<id>-secret") exist only there
class ClientCredentialsTokenTest {

    @LocalServerPort
    int port;

    @Test
    void issuesAnRs256TokenThatVerifiesAgainstTheServedJwks() throws Exception {
        TokenClient client = new TokenClient(port);
        HttpResponse<String> response = client.token("dashboard", "dashboard-secret", "indicators:read tourism:read");
        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, Object> body = JsonParserFactory.getJsonParser().parseMap(response.body());
        assertThat(body).containsEntry("token_type", "Bearer");

        SignedJWT jwt = SignedJWT.parse((String) body.get("access_token"));
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);

        JWKSet jwks = JWKSet.parse(client.get("/oauth2/jwks").body());
        RSAKey key = (RSAKey) jwks.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(key).isNotNull();
        assertThat(key.isPrivate()).as("JWKS must never leak private parts").isFalse();
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();

        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo("dashboard");
        assertThat(claims.getStringClaim("client_id")).isEqualTo("dashboard");
        assertThat(claims.getStringListClaim("scope")).containsExactlyInAnyOrder("indicators:read", "tourism:read");
        assertThat(claims.getIssuer()).isEqualTo("http://auth.test");
        assertThat(claims.getAudience()).containsExactly("zhushan-plan");
        Duration lifetime = Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant());
        assertThat(lifetime).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void wrongSecretIsUnauthorized() throws Exception {
        HttpResponse<String> response = new TokenClient(port).token("dashboard", "not-the-secret", "indicators:read");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("access_token");
    }

    @Test
    void unknownClientIsUnauthorized() throws Exception {
        assertThat(new TokenClient(port).token("nobody", "nobody-secret", "indicators:read").statusCode()).isEqualTo(401);
    }

    @Test
    void scopeTheClientDoesNotHaveIsRefused() throws Exception {
        HttpResponse<String> response = new TokenClient(port).token("dashboard", "dashboard-secret", "livelihood:pii");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("invalid_scope").doesNotContain("access_token");
    }

    @Test
    void everyDocumentedClientCanGetItsScopes() throws Exception {
        Map<String, String> clients = Map.of(
                "statistics-bureau", "indicators:read indicators:write",
                "development-reform", "projects:read projects:write",
                "civil-affairs", "livelihood:read livelihood:write livelihood:pii",
                "finance-bureau", "livelihood:read livelihood:write",
                "human-resources", "livelihood:read employment:write",
                "culture-tourism", "tourism:read tourism:write tourism:ingest",
                "dashboard", "indicators:read projects:read livelihood:read tourism:read",
                "ops", "indicators:read projects:read livelihood:read tourism:read");
        TokenClient client = new TokenClient(port);
        for (Map.Entry<String, String> entry : clients.entrySet()) {
            assertThat(client.token(entry.getKey(), entry.getKey() + "-secret", entry.getValue()).statusCode())
                    .as(entry.getKey()).isEqualTo(200);
        }
    }

    @Test
    void probesAreOpenAndOtherPathsAreProblemDetails() throws Exception {
        TokenClient client = new TokenClient(port);
        assertThat(client.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        assertThat(client.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(client.get("/actuator/prometheus").statusCode()).isEqualTo(200);
        HttpResponse<String> other = client.get("/somewhere");
        assertThat(other.statusCode()).isEqualTo(401);
        assertThat(other.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }
}
