package cn.gov.zhushan.plan.gateway.resilience;

import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import java.time.Duration;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4jBulkheadProvider;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4jBulkheadConfigurationBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Defaults for every route's breaker, from {@link ResilienceProperties}. */
@Configuration(proxyBeanMethods = false)
class CircuitBreakerConfig {

    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> circuitBreakerDefaults(ResilienceProperties properties) {
        io.github.resilience4j.circuitbreaker.CircuitBreakerConfig breaker =
                io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.custom()
                        .slidingWindowType(SlidingWindowType.COUNT_BASED)
                        .slidingWindowSize(properties.slidingWindowSize())
                        .minimumNumberOfCalls(properties.minimumNumberOfCalls())
                        .failureRateThreshold(properties.failureRateThreshold())
                        .waitDurationInOpenState(properties.waitDurationInOpenState())
                        .permittedNumberOfCallsInHalfOpenState(3)
                        // a full bulkhead is load shedding, not a sick service: it must not open the breaker
                        .ignoreExceptions(BulkheadFullException.class)
                        .build();
        return factory -> factory.configureDefault(name -> new Resilience4JConfigBuilder(name)
                .circuitBreakerConfig(breaker)
                .timeLimiterConfig(TimeLimiterConfig.custom().timeoutDuration(properties.timeoutFor(name)).build())
                .build());
    }

    /**
     * Spring Cloud wraps each breaker in a semaphore bulkhead of 25 concurrent calls by default; on a
     * busy gateway the 26th call fails, counts as a failure and opens the breaker for a healthy
     * service. Sized here instead, with no waiting (a saturated route answers 503 at once).
     */
    @Bean
    Customizer<ReactiveResilience4jBulkheadProvider> bulkheadDefaults(ResilienceProperties properties) {
        BulkheadConfig bulkhead = BulkheadConfig.custom()
                .maxConcurrentCalls(properties.maxConcurrentCalls())
                .maxWaitDuration(Duration.ZERO)
                .build();
        return provider -> provider.configureDefault(name -> new Resilience4jBulkheadConfigurationBuilder()
                .bulkheadConfig(bulkhead)
                .build());
    }
}
