package cn.gov.zhushan.plan.livelihood.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class LookupRateLimiterTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2025-03-01T02:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();

    @Test
    void allowsTheCapacityThenTellsHowLongToWaitAndRefillsOverTime() {
        LookupRateLimiter limiter = new LookupRateLimiter(3, Duration.ofMinutes(1), 100, clock);
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("a")).isEmpty();
        }
        assertThat(limiter.tryAcquire("a")).contains(Duration.ofSeconds(20));
        assertThat(limiter.tryAcquire("b")).isEmpty(); // per client
        clock.now = clock.now.plusSeconds(19);
        assertThat(limiter.tryAcquire("a")).isPresent();
        clock.now = clock.now.plusSeconds(1);
        assertThat(limiter.tryAcquire("a")).isEmpty();
        assertThat(limiter.tryAcquire("a")).isPresent();
    }

    @Test
    void staysBoundedAndForgetsIdleClients() {
        LookupRateLimiter limiter = new LookupRateLimiter(2, Duration.ofMinutes(1), 3, clock);
        for (int i = 0; i < 10; i++) {
            limiter.tryAcquire("client-" + i);
        }
        assertThat(limiter.trackedClients()).isEqualTo(3);
        clock.now = clock.now.plus(Duration.ofMinutes(2));
        limiter.tryAcquire("late");
        assertThat(limiter.trackedClients()).isEqualTo(1);
    }
}
