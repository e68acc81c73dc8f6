package cn.gov.zhushan.plan.gateway.ratelimit;

import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import reactor.core.publisher.Mono;

/**
 * Buckets in Redis, shared by all replicas, using Spring Cloud Gateway's own Lua token-bucket script
 * (RedisRateLimiter). Its configuration is looked up by key, so each client gets an entry.
 * If Redis is unreachable RedisRateLimiter lets requests through (fail open) rather than fail them.
 */
class RedisTokenBuckets implements TokenBuckets {

    private final RedisRateLimiter redis;

    RedisTokenBuckets(RedisRateLimiter redis) {
        this.redis = redis;
    }

    @Override
    public Mono<Decision> tryConsume(String clientId, RateLimitProperties.Limit limit) {
        // one config per limit, not per key: token-request keys (addresses, claimed ids) are unbounded
        String configKey = clientId.startsWith(TokenRequestKeyResolver.PREFIX) ? "token-requests" : "client:" + clientId;
        redis.getConfig().computeIfAbsent(configKey, key -> new RedisRateLimiter.Config()
                .setReplenishRate(limit.replenishRate())
                .setBurstCapacity(limit.burstCapacity())
                .setRequestedTokens(1));
        return redis.isAllowed(configKey, clientId).map(response -> new Decision(response.isAllowed(),
                parse(response.getHeaders().get(RedisRateLimiter.REMAINING_HEADER))));
    }

    private static long parse(String remaining) {
        try {
            return remaining == null ? -1 : Long.parseLong(remaining);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
