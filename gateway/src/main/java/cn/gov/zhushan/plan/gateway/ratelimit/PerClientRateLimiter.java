package cn.gov.zhushan.plan.gateway.ratelimit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import reactor.core.publisher.Mono;

/**
 * The RateLimiter behind every route's RequestRateLimiter filter: one bucket per client across all
 * routes, sized per client, with the X-RateLimit-* headers and, when refused, Retry-After.
 */
class PerClientRateLimiter implements RateLimiter<Object> {

    static final String REMAINING = "X-RateLimit-Remaining";
    static final String REPLENISH_RATE = "X-RateLimit-Replenish-Rate";
    static final String BURST_CAPACITY = "X-RateLimit-Burst-Capacity";
    static final String RETRY_AFTER = "Retry-After";

    private final TokenBuckets buckets;
    private final RateLimitProperties properties;

    PerClientRateLimiter(TokenBuckets buckets, RateLimitProperties properties) {
        this.buckets = buckets;
        this.properties = properties;
    }

    @Override
    public Mono<Response> isAllowed(String routeId, String clientId) {
        RateLimitProperties.Limit limit = properties.limitFor(clientId);
        return buckets.tryConsume(clientId, limit).map(decision -> {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put(REMAINING, Long.toString(decision.remaining()));
            headers.put(REPLENISH_RATE, Integer.toString(limit.replenishRate()));
            headers.put(BURST_CAPACITY, Integer.toString(limit.burstCapacity()));
            if (!decision.allowed()) {
                // one token comes back after 1/rate seconds; HTTP wants whole seconds
                headers.put(RETRY_AFTER, Long.toString(Math.max(1, (long) Math.ceil(1d / limit.replenishRate()))));
            }
            return new Response(decision.allowed(), headers);
        });
    }

    /** Limits come from {@link RateLimitProperties}, not from per-route filter arguments. */
    @Override
    public Map<String, Object> getConfig() {
        return Map.of();
    }

    @Override
    public Class<Object> getConfigClass() {
        return Object.class;
    }

    @Override
    public Object newConfig() {
        return new Object();
    }
}
