package cn.gov.zhushan.plan.livelihood.pii;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * A token bucket per client for the lookup by ID number, in memory: {@code capacity} lookups at once, refilled
 * evenly over {@code refillPeriod}. The buckets live in a Caffeine cache bounded to {@code maxClients} and expiring a
 * bucket untouched for a whole refill period (by then it is full again, so dropping it loses nothing); no client can
 * grow it without limit. The cache's ticker is the given clock, so tests move time by hand. Per instance: N replicas
 * allow N times the rate, which the gateway's own limit and the audit alert cover.
 */
public class LookupRateLimiter {

    private final int capacity;
    private final long refillNanos;
    private final Clock clock;
    private final Cache<String, Bucket> buckets;

    /** Changed only inside the cache's atomic compute for its key. */
    private static final class Bucket {
        double tokens;
        long updatedNanos;
        Duration wait;

        Bucket(double tokens, long updatedNanos) {
            this.tokens = tokens;
            this.updatedNanos = updatedNanos;
        }
    }

    public LookupRateLimiter(int capacity, Duration refillPeriod, int maxClients, Clock clock) {
        if (capacity < 1 || refillPeriod.isNegative() || refillPeriod.isZero() || maxClients < 1) {
            throw new IllegalArgumentException("capacity, refill period and max clients must be positive");
        }
        this.capacity = capacity;
        this.refillNanos = refillPeriod.toNanos();
        this.clock = clock;
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maxClients)
                .expireAfterAccess(refillPeriod)
                .ticker(this::nowNanos)
                .executor(Runnable::run) // maintenance in the caller's thread: bounded at once, no background pool
                .build();
    }

    /** Takes one lookup for the client; empty if allowed, else how long until the next one is. */
    public Optional<Duration> tryAcquire(String clientId) {
        long now = nowNanos();
        Bucket bucket = buckets.asMap().compute(clientId, (id, current) -> {
            Bucket b = current == null ? new Bucket(capacity, now) : current;
            b.tokens = Math.min(capacity, b.tokens + (double) (now - b.updatedNanos) * capacity / refillNanos);
            b.updatedNanos = now;
            if (b.tokens >= 1) {
                b.tokens -= 1;
                b.wait = null;
            } else {
                b.wait = Duration.ofNanos((long) Math.ceil((1 - b.tokens) * (refillNanos / capacity)));
            }
            return b;
        });
        return Optional.ofNullable(bucket.wait);
    }

    int trackedClients() {
        buckets.cleanUp();
        return (int) buckets.estimatedSize();
    }

    private long nowNanos() {
        java.time.Instant now = clock.instant();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }
}
