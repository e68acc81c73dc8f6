package cn.gov.zhushan.plan.gateway.resilience;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Circuit breaker, time limit and bulkhead for each route's CircuitBreaker filter (by its name).
 *
 * @param timeout                 the whole downstream call, retries included
 * @param timeouts                overrides by circuit-breaker name (footfall batches take longer)
 * @param maxConcurrentCalls      bulkhead per circuit breaker: calls beyond it get the 503 fallback
 * @param failureRateThreshold    percent of failed calls that opens the breaker
 * @param slidingWindowSize       calls the failure rate is measured over
 * @param minimumNumberOfCalls    calls before the breaker may open
 * @param waitDurationInOpenState how long an open breaker refuses before trying again
 */
@ConfigurationProperties("plan.gateway.resilience")
public record ResilienceProperties(
        @DefaultValue("5s") Duration timeout,
        @DefaultValue Map<String, Duration> timeouts,
        @DefaultValue("200") int maxConcurrentCalls,
        @DefaultValue("50") float failureRateThreshold,
        @DefaultValue("20") int slidingWindowSize,
        @DefaultValue("10") int minimumNumberOfCalls,
        @DefaultValue("10s") Duration waitDurationInOpenState) {

    public Duration timeoutFor(String name) {
        return timeouts.getOrDefault(name, timeout);
    }
}
