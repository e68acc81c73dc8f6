package cn.gov.zhushan.plan.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.function.LongSupplier;
import reactor.core.publisher.Mono;

/**
 * Buckets in this JVM. Each gateway replica limits on its own, so the effective limit is the
 * configured one times the replica count: use Redis when running more than one replica.
 * Keys include caller addresses and claimed client ids, so the map is bounded and forgets idle buckets:
 * a bucket idle for longer than it takes to refill is full again, so dropping it changes nothing.
 */
class InMemoryTokenBuckets implements TokenBuckets {

    private final Cache<String, Bucket> buckets;
    private final LongSupplier nanoTime;

    /**
     * @param idleExpiry at least the longest refill time (burst / rate) of any limit
     * @param maxBuckets beyond it the least recently used buckets go (a fresh bucket is only more lenient)
     */
    InMemoryTokenBuckets(LongSupplier nanoTime, Duration idleExpiry, long maxBuckets) {
        this.nanoTime = nanoTime;
        this.buckets = Caffeine.newBuilder()
                .ticker(nanoTime::getAsLong)
                .expireAfterAccess(idleExpiry)
                .maximumSize(maxBuckets)
                .build();
    }

    @Override
    public Mono<Decision> tryConsume(String key, RateLimitProperties.Limit limit) {
        Bucket bucket = buckets.get(key, id -> new Bucket(limit.burstCapacity(), nanoTime.getAsLong()));
        return Mono.just(bucket.tryConsume(limit, nanoTime.getAsLong()));
    }

    /** How many buckets are held now (after pending evictions). */
    long size() {
        buckets.cleanUp();
        return buckets.estimatedSize();
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
