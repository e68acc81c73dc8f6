package cn.gov.zhushan.plan.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The bucket map is bounded and forgets idle buckets (keys include caller addresses, which are unbounded). */
class InMemoryTokenBucketsTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final RateLimitProperties.Limit limit = new RateLimitProperties.Limit(2, 3);

    @Test
    void aFloodOfDistinctKeysStaysWithinTheBound() {
        InMemoryTokenBuckets buckets = new InMemoryTokenBuckets(now::get, Duration.ofMinutes(1), 1000);
        for (int i = 0; i < 20_000; i++) {
            buckets.tryConsume("token-request:address:10.0." + (i / 256) + "." + (i % 256), limit).block();
        }
        assertThat(buckets.size()).isLessThanOrEqualTo(1000);
    }

    @Test
    void idleBucketsExpire() {
        InMemoryTokenBuckets buckets = new InMemoryTokenBuckets(now::get, Duration.ofMinutes(1), 1000);
        for (int i = 0; i < 3; i++) {
            assertThat(buckets.tryConsume("busy", limit).block().allowed()).isTrue();
        }
        assertThat(buckets.tryConsume("busy", limit).block().allowed()).isFalse();
        buckets.tryConsume("idle", limit).block();
        assertThat(buckets.size()).isEqualTo(2);

        now.addAndGet(Duration.ofSeconds(61).toNanos());
        assertThat(buckets.size()).isZero();
    }
}
