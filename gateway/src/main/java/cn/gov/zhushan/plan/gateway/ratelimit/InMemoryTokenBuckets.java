package cn.gov.zhushan.plan.gateway.ratelimit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import reactor.core.publisher.Mono;

/**
 * Buckets in this JVM. Each gateway replica limits on its own, so the effective limit is the
 * configured one times the replica count: use Redis when running more than one replica.
 * Keys are ids from verified JWTs, so the map stays as small as the set of registered clients.
 */
class InMemoryTokenBuckets implements TokenBuckets {

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;

    InMemoryTokenBuckets(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    @Override
    public Mono<Decision> tryConsume(String clientId, RateLimitProperties.Limit limit) {
        Bucket bucket = buckets.computeIfAbsent(clientId, id -> new Bucket(limit.burstCapacity(), nanoTime.getAsLong()));
        return Mono.just(bucket.tryConsume(limit, nanoTime.getAsLong()));
    }

    private static final class Bucket {

        private double tokens;
        private long refilledAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.refilledAt = now;
        }

        synchronized Decision tryConsume(RateLimitProperties.Limit limit, long now) {
            double elapsedSeconds = Math.max(0, now - refilledAt) / 1_000_000_000d;
            tokens = Math.min(limit.burstCapacity(), tokens + elapsedSeconds * limit.replenishRate());
            refilledAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return new Decision(true, (long) tokens);
            }
            return new Decision(false, 0);
        }
    }
}
