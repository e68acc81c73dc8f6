package cn.gov.zhushan.plan.gateway.ratelimit;

import cn.gov.zhushan.plan.gateway.web.forwarded.TrustedProxies;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** Chooses the bucket store and makes the per-client limiter the RequestRateLimiter default. */
@Configuration(proxyBeanMethods = false)
class RateLimitConfig {

    @Bean
    @Primary   // Gateway also defines redisRateLimiter; ours wraps it when Redis is on
    PerClientRateLimiter perClientRateLimiter(RateLimitProperties properties,
            ObjectProvider<RedisRateLimiter> redisRateLimiter) {
        TokenBuckets buckets;
        if (properties.redis()) {
            RedisRateLimiter redis = redisRateLimiter.getIfAvailable();
            if (redis == null) {
                throw new IllegalStateException(
                        "plan.gateway.rate-limit.redis=true but no RedisRateLimiter: is spring.data.redis configured?");
            }
            buckets = new RedisTokenBuckets(redis);
        } else {
            buckets = new InMemoryTokenBuckets(System::nanoTime, properties.longestRefill().plusMinutes(1),
                    properties.maxInMemoryBuckets());
        }
        return new PerClientRateLimiter(buckets, properties);
    }

    @Bean
    @Primary   // Gateway's principalNameKeyResolver would also work, but we key on client_id explicitly
    KeyResolver clientIdKeyResolver() {
        return new ClientIdKeyResolver();
    }

    /** Used by the token route ({@code key-resolver: "#{@tokenRequestKeyResolver}"}). */
    @Bean
    KeyResolver tokenRequestKeyResolver(TrustedProxies trustedProxies) {
        return new TokenRequestKeyResolver(trustedProxies);
    }
}
