package cn.gov.zhushan.plan.gateway.ratelimit;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Per-client token buckets.
 *
 * @param redis        true: buckets live in Redis ({@code spring.data.redis.*}) and are shared by all
 *                     gateway replicas; false: in this process only
 * @param defaultLimit the limit of a client not listed in {@code clients}
 * @param clients      limits by client id
 * @param tokenRequests the limit of token requests ({@code POST /oauth2/token}) per claimed client id, or per
 *                     caller address when none is claimed
 * @param maxInMemoryBuckets bound of the in-memory bucket map (idle buckets also expire)
 */
@ConfigurationProperties("plan.gateway.rate-limit")
public record RateLimitProperties(
        @DefaultValue("false") boolean redis,
        @DefaultValue Limit defaultLimit,
        @DefaultValue Map<String, Limit> clients,
        @DefaultValue Limit tokenRequests,
        @DefaultValue("100000") long maxInMemoryBuckets) {

    /** The limit of a bucket key: a client id, or a caller address for token requests. */
    public Limit limitFor(String key) {
        if (key.startsWith(TokenRequestKeyResolver.PREFIX)) {
            return tokenRequests;
        }
        return clients.getOrDefault(key, defaultLimit);
    }

    /** The longest time any configured bucket takes to fill up from empty. */
    public Duration longestRefill() {
        return Stream.concat(Stream.of(defaultLimit, tokenRequests), clients.values().stream())
                .map(limit -> Duration.ofMillis((long) Math.ceil(1000d * limit.burstCapacity() / limit.replenishRate())))
                .max(Duration::compareTo).orElse(Duration.ZERO);
    }

    /**
     * @param replenishRate  tokens added per second (the sustained request rate)
     * @param burstCapacity  bucket size (the largest burst)
     */
    public record Limit(@DefaultValue("20") int replenishRate, @DefaultValue("40") int burstCapacity) {

        public Limit {
            if (replenishRate < 1 || burstCapacity < 1) {
                throw new IllegalArgumentException("rate limits must be at least 1");
            }
        }
    }
}
