package cn.gov.zhushan.plan.gateway.security.jwks;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The auth-server's key set, cached. A token whose {@code kid} is not in the cache triggers a refetch (a key
 * may just have been rotated in), but at most once per {@code minRefetchInterval}: a stream of tokens with
 * made-up key ids must not turn into a stream of JWKS requests. Concurrent callers share one fetch; the set is
 * also refreshed when older than {@code maxAge}, and a failed refresh keeps the keys already known.
 */
public final class CachingJwkSource implements Function<SignedJWT, Flux<JWK>> {

    private final Supplier<Mono<JWKSet>> fetcher;
    private final long minRefetchNanos;
    private final long maxAgeNanos;
    private final LongSupplier nanoTime;

    private JWKSet keys;
    private long fetchedAt;
    private long lastAttempt;
    private boolean attempted;
    private Mono<JWKSet> inFlight;

    public CachingJwkSource(Supplier<Mono<JWKSet>> fetcher, Duration minRefetchInterval, Duration maxAge,
            LongSupplier nanoTime) {
        this.fetcher = fetcher;
        this.minRefetchNanos = minRefetchInterval.toNanos();
        this.maxAgeNanos = maxAge.toNanos();
        this.nanoTime = nanoTime;
    }

    @Override
    public Flux<JWK> apply(SignedJWT jwt) {
        JWKSelector selector = new JWKSelector(JWKMatcher.forJWSHeader(jwt.getHeader()));
        return keys(false).flatMapMany(set -> {
            List<JWK> matching = selector.select(set);
            if (!matching.isEmpty()) {
                return Flux.fromIterable(matching);
            }
            return keys(true).flatMapIterable(selector::select);
        });
    }

    /** @param unknownKey a token named a key the cached set lacks */
    private synchronized Mono<JWKSet> keys(boolean unknownKey) {
        long now = nanoTime.getAsLong();
        boolean fresh = keys != null && now - fetchedAt < maxAgeNanos;
        if (fresh && !unknownKey) {
            return Mono.just(keys);
        }
        if (inFlight != null) {
            return inFlight;
        }
        if (attempted && now - lastAttempt < minRefetchNanos) {
            return keys != null ? Mono.just(keys)
                    : Mono.error(new IllegalStateException("the JWKS could not be fetched; next attempt shortly"));
        }
        attempted = true;
        lastAttempt = now;
        JWKSet known = keys;
        Mono<JWKSet> fetch = fetcher.get()
                .doOnNext(this::store)
                .switchIfEmpty(Mono.error(() -> new IllegalStateException("the JWKS response was empty")))
                .onErrorResume(e -> known != null ? Mono.just(known) : Mono.error(e))
                .doFinally(signal -> clearInFlight())
                .cache();
        inFlight = fetch;
        return fetch;
    }

    private synchronized void store(JWKSet set) {
        keys = set;
        fetchedAt = nanoTime.getAsLong();
    }

    private synchronized void clearInFlight() {
        inFlight = null;
    }
}
