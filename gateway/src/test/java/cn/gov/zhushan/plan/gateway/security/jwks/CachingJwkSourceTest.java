package cn.gov.zhushan.plan.gateway.security.jwks;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class CachingJwkSourceTest {

    private final AtomicLong now = new AtomicLong(0);
    private final AtomicInteger fetches = new AtomicInteger();
    private final AtomicReference<JWKSet> published = new AtomicReference<>();

    private CachingJwkSource source() {
        return new CachingJwkSource(() -> Mono.fromSupplier(() -> {
            fetches.incrementAndGet();
            if (published.get() == null) {
                throw new IllegalStateException("auth-server is down");
            }
            return published.get();
        }), Duration.ofSeconds(30), Duration.ofMinutes(5), now::get);
    }

    private static SignedJWT token(RSAKey key) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                new JWTClaimsSet.Builder().subject("c").build());
        jwt.sign(new RSASSASigner(key));
        return jwt;
    }

    @Test
    void aRotatedKeyIsFoundOnceTheRefetchIntervalHasPassed() throws Exception {
        RSAKey old = new RSAKeyGenerator(2048).keyID("old").generate();
        RSAKey rotated = new RSAKeyGenerator(2048).keyID("new").generate();
        published.set(new JWKSet(old).toPublicJWKSet());
        CachingJwkSource source = source();

        assertThat(source.apply(token(old)).collectList().block()).extracting(JWK::getKeyID).containsExactly("old");
        published.set(new JWKSet(List.of(rotated, old)).toPublicJWKSet());
        // the first unknown kid right after a fetch waits for the interval
        assertThat(source.apply(token(rotated)).collectList().block()).isEmpty();
        assertThat(fetches).hasValue(1);

        now.addAndGet(Duration.ofSeconds(31).toNanos());
        assertThat(source.apply(token(rotated)).collectList().block()).extracting(JWK::getKeyID).containsExactly("new");
        assertThat(fetches).hasValue(2);
        for (int i = 0; i < 10; i++) {
            source.apply(token(new RSAKeyGenerator(2048).keyID("made-up-" + i).generate())).collectList().block();
        }
        assertThat(fetches).hasValue(2);
    }

    @Test
    void anOldSetIsRefreshedAndAFailedRefreshKeepsTheKnownKeys() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("k").generate();
        published.set(new JWKSet(key).toPublicJWKSet());
        CachingJwkSource source = source();
        source.apply(token(key)).blockLast();
        now.addAndGet(Duration.ofMinutes(6).toNanos());
        published.set(null);   // the fetch now fails
        assertThat(source.apply(token(key)).collectList().block()).extracting(JWK::getKeyID).containsExactly("k");
        assertThat(fetches).hasValue(2);
    }
}
