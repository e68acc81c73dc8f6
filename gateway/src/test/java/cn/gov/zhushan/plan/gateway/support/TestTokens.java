package cn.gov.zhushan.plan.gateway.support;

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
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stands in for the auth-server: an RSA key whose public JWKS is served over real HTTP, and tokens
 * minted like the auth-server mints them ({@code sub}, {@code client_id}, {@code scope} array).
 */
public final class TestTokens {

    private final RSAKey platformKey;
    private final RSAKey foreignKey;
    private final HttpServer server;
    private final AtomicInteger jwksFetches = new AtomicInteger();

    public TestTokens() {
        try {
            platformKey = new RSAKeyGenerator(2048).keyID("platform").generate();
            // same kid, different key: a forged token that names a real key
            foreignKey = new RSAKeyGenerator(2048).keyID("platform").generate();
            byte[] jwks = new JWKSet(platformKey).toPublicJWKSet().toString().getBytes(StandardCharsets.UTF_8);
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/oauth2/jwks", exchange -> {
                jwksFetches.incrementAndGet();
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(jwks);
                }
            });
            server.start();
        } catch (JOSEException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many times the key set was requested. */
    public int jwksFetches() {
        return jwksFetches.get();
    }

    public String jwkSetUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/oauth2/jwks";
    }

    /** The auth-server's issuer and the platform's audience, as the gateway's defaults expect them. */
    public static final String ISSUER = "http://localhost:9000";
    public static final String AUDIENCE = "zhushan-plan";

    public String token(String clientId, String... scopes) {
        return sign(platformKey, ISSUER, AUDIENCE, clientId, Instant.now().plus(Duration.ofMinutes(15)), scopes);
    }

    /** A person's token as the auth-server mints it for a sign-in client: {@code sub} is the person. */
    public String personToken(String user, String clientId, String... scopes) {
        return sign(platformKey, ISSUER, AUDIENCE, user, clientId, Instant.now().plus(Duration.ofMinutes(15)), scopes);
    }

    /** Signed with the platform's key, but in another issuer's name. */
    public String tokenFromOtherIssuer(String clientId, String... scopes) {
        return sign(platformKey, "http://elsewhere.example", AUDIENCE, clientId, Instant.now().plus(Duration.ofMinutes(15)),
                scopes);
    }

    /** Signed with the platform's key by its issuer, but minted for another system. */
    public String tokenForOtherAudience(String clientId, String... scopes) {
        return sign(platformKey, ISSUER, "another-system", clientId, Instant.now().plus(Duration.ofMinutes(15)), scopes);
    }

    public String expiredToken(String clientId, String... scopes) {
        return sign(platformKey, ISSUER, AUDIENCE, clientId, Instant.now().minus(Duration.ofMinutes(10)), scopes);
    }

    /** Signed by a key the JWKS does not have, under a key id nobody published. */
    public String tokenWithUnknownKeyId(String clientId, String... scopes) {
        RSAKey stranger = new RSAKey.Builder(foreignKey).keyID("unknown-" + UUID.randomUUID()).build();
        return sign(stranger, ISSUER, AUDIENCE, clientId, Instant.now().plus(Duration.ofMinutes(15)), scopes);
    }

    public String forgedToken(String clientId, String... scopes) {
        return sign(foreignKey, ISSUER, AUDIENCE, clientId, Instant.now().plus(Duration.ofMinutes(15)), scopes);
    }

    private static String sign(RSAKey key, String issuer, String audience, String clientId, Instant expires,
                               String... scopes) {
        return sign(key, issuer, audience, clientId, clientId, expires, scopes);
    }

    private static String sign(RSAKey key, String issuer, String audience, String subject, String clientId,
                               Instant expires, String... scopes) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subject)
                .audience(audience)
                .claim("client_id", clientId)
                .claim("scope", List.of(scopes))
                .issueTime(Date.from(expires.minus(Duration.ofMinutes(15))))
                .notBeforeTime(Date.from(expires.minus(Duration.ofMinutes(15))))
                .expirationTime(Date.from(expires))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
