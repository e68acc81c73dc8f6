package cn.gov.zhushan.plan.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.json.JsonParserFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Keys from PEM files: the first signs, the previous one stays published for tokens still in flight. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "eureka.client.enabled=false")
@ActiveProfiles("local")   // the demo clients ("<id>-secret") exist only there
class KeyRotationTest {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void keys(DynamicPropertyRegistry registry) throws Exception {
        Path dir = Files.createTempDirectory("auth-keys");
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair current = generator.generateKeyPair();
        KeyPair previous = generator.generateKeyPair();
        Path currentPem = Files.writeString(dir.resolve("current.pem"), pem("PRIVATE KEY", current.getPrivate().getEncoded()));
        Path previousPem = Files.writeString(dir.resolve("previous.pub.pem"), pem("PUBLIC KEY", previous.getPublic().getEncoded()));
        registry.add("plan.auth.signing.keys[0].id", () -> "key-2025");
        registry.add("plan.auth.signing.keys[0].private-key", () -> currentPem.toUri().toString());
        registry.add("plan.auth.signing.keys[1].id", () -> "key-2024");
        registry.add("plan.auth.signing.keys[1].public-key", () -> previousPem.toUri().toString());
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    @Test
    void publishesBothKeysAndSignsWithTheCurrentOne() throws Exception {
        TokenClient client = new TokenClient(port);
        JWKSet jwks = JWKSet.parse(client.get("/oauth2/jwks").body());
        assertThat(jwks.getKeys()).extracting(key -> key.getKeyID()).containsExactly("key-2025", "key-2024");

        Map<String, Object> body = JsonParserFactory.getJsonParser()
                .parseMap(client.token("ops", "ops-secret", "tourism:read").body());
        SignedJWT jwt = SignedJWT.parse((String) body.get("access_token"));
        assertThat(jwt.getHeader().getKeyID()).isEqualTo("key-2025");
        assertThat(jwt.verify(new com.nimbusds.jose.crypto.RSASSAVerifier(jwks.getKeyByKeyId("key-2025").toRSAKey()))).isTrue();
    }
}
