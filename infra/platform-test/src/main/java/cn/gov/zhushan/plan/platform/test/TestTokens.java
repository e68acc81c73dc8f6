package cn.gov.zhushan.plan.platform.test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/**
 * Real signed JWTs for tests: an RSA key whose public half is served as a JWKS over HTTP, exactly
 * as the auth-server serves its own, so the service under test validates tokens the production way.
 */
public final class TestTokens {

    private static TestTokens instance;

    private final RSAKey key;
    private final RSAKey strangerKey;
    private final String jwksUri;

    private TestTokens() {
        try {
            key = new RSAKeyGenerator(2048).keyID("test-" + UUID.randomUUID()).generate();
            strangerKey = new RSAKeyGenerator(2048).keyID(key.getKeyID()).generate();
            byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/oauth2/jwks", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                try (OutputStream body = exchange.getResponseBody()) {
                    body.write(jwks);
                }
            });
            server.start();
            jwksUri = "http://127.0.0.1:" + server.getAddress().getPort() + "/oauth2/jwks";
        } catch (JOSEException | IOException e) {
            throw new IllegalStateException("Cannot set up test tokens", e);
        }
    }

    public static synchronized TestTokens get() {
        if (instance == null) {
            instance = new TestTokens();
        }
        return instance;
    }

    public String jwksUri() {
        return jwksUri;
    }

    /** The {@code iss} of the test tokens; the test base makes the services expect it. */
    public static final String ISSUER = "http://test-auth";
    /** The platform's audience, as the auth-server puts it in every access token. */
    public static final String AUDIENCE = "zhushan-plan";

    /** A valid token for the client with the given scopes. */
    public String issue(String clientId, String... scopes) {
        return sign(key, ISSUER, AUDIENCE, clientId, Instant.now().plus(Duration.ofMinutes(5)), scopes);
    }

    /** Signed by the platform's key but issued in another issuer's name. */
    public String fromOtherIssuer(String clientId, String... scopes) {
        return sign(key, "http://elsewhere.example", AUDIENCE, clientId, Instant.now().plus(Duration.ofMinutes(5)), scopes);
    }

    /** Signed by the platform's key and issuer but minted for another system. */
    public String forOtherAudience(String clientId, String... scopes) {
        return sign(key, ISSUER, "another-system", clientId, Instant.now().plus(Duration.ofMinutes(5)), scopes);
    }

    /** A token that expired ten minutes ago. */
    public String expired(String clientId, String... scopes) {
        return sign(key, ISSUER, AUDIENCE, clientId, Instant.now().minus(Duration.ofMinutes(10)), scopes);
    }

    /** A token with the right key id but signed by a key the JWKS does not hold. */
    public String forged(String clientId, String... scopes) {
        return sign(strangerKey, ISSUER, AUDIENCE, clientId, Instant.now().plus(Duration.ofMinutes(5)), scopes);
    }

    private static String sign(RSAKey signingKey, String issuer, String audience, String clientId, Instant expiry,
                               String... scopes) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(clientId)
                .claim("client_id", clientId)
                .claim("scope", String.join(" ", scopes))
                .issuer(issuer)
                .audience(audience)
                .issueTime(Date.from(expiry.minus(Duration.ofMinutes(15))))
                .expirationTime(Date.from(expiry))
                .jwtID(UUID.randomUUID().toString())
                .build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(signingKey));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
