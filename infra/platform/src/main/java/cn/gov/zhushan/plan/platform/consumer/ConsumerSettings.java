package cn.gov.zhushan.plan.platform.consumer;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Retry policy for event handlers before a record goes to the dead-letter topic.
 *
 * @param maxRetries               retries after the first failure
 * @param initialBackoff           the first pause, doubled each retry
 * @param processedEventsRetention how long an event's "applied" mark is kept (a TTL index removes it after);
 *                                 longer than any redelivery, and handlers' sequence guards cover the rest
 */
@ConfigurationProperties("platform.consumer")
public record ConsumerSettings(Integer maxRetries, Duration initialBackoff, Duration processedEventsRetention) {

    @ConstructorBinding
    public ConsumerSettings {
        maxRetries = maxRetries == null ? 3 : maxRetries;
        initialBackoff = initialBackoff == null ? Duration.ofMillis(200) : initialBackoff;
        processedEventsRetention = processedEventsRetention == null ? Duration.ofDays(30) : processedEventsRetention;
    }

    public ConsumerSettings(Integer maxRetries, Duration initialBackoff) {
        this(maxRetries, initialBackoff, null);
    }
}
