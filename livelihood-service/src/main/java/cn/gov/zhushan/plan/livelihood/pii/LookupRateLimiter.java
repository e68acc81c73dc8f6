package cn.gov.zhushan.plan.livelihood.pii;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A token bucket per client for the lookup by ID number, in memory: {@code capacity} lookups at once, refilled
 * evenly over {@code refillPeriod}. The map is bounded (least recently used buckets are dropped first) and a
 * bucket that has refilled completely is dropped too, so no client can grow it without limit. Per instance:
 * N replicas allow N times the rate, which the gateway's own limit and the audit alert cover.
 */
public class LookupRateLimiter {

    private final int capacity;
    private final long refillNanos;
    private final int maxClients;
    private final Clock clock;
    private final LinkedHashMap<String, Bucket> buckets = new LinkedHashMap<>(16, 0.75f, true);

    private static final class Bucket {
        double tokens;
        long updatedNanos;

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
        this.maxClients = maxClients;
        this.clock = clock;
    }

    /** Takes one lookup for the client; empty if allowed, else how long until the next one is. */
    public synchronized Optional<Duration> tryAcquire(String clientId) {
        long now = nowNanos();
        Bucket bucket = buckets.get(clientId);
        if (bucket == null) {
            evict(now);
            bucket = new Bucket(capacity, now);
            buckets.put(clientId, bucket);
        }
        refill(bucket, now);
        if (bucket.tokens >= 1) {
            bucket.tokens -= 1;
            return Optional.empty();
        }
        long perToken = refillNanos / capacity;
        return Optional.of(Duration.ofNanos((long) Math.ceil((1 - bucket.tokens) * perToken)));
    }

    synchronized int trackedClients() {
        return buckets.size();
    }

    private void refill(Bucket bucket, long now) {
        double added = (double) (now - bucket.updatedNanos) * capacity / refillNanos;
        bucket.tokens = Math.min(capacity, bucket.tokens + added);
        bucket.updatedNanos = now;
    }

    /** Drops full (idle) buckets, then the least recently used ones while the map is at its bound. */
    private void evict(long now) {
        for (Iterator<Map.Entry<String, Bucket>> it = buckets.entrySet().iterator(); it.hasNext(); ) {
            Bucket b = it.next().getValue();
            if (now - b.updatedNanos >= refillNanos) {
                it.remove();
            }
        }
        Iterator<String> oldest = buckets.keySet().iterator();
        while (buckets.size() >= maxClients && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
    }

    private long nowNanos() {
        java.time.Instant now = clock.instant();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }
}
