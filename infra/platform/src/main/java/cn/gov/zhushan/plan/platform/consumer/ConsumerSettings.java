package cn.gov.zhushan.plan.platform.consumer;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Retry policy for event handlers before a record goes to the dead-letter topic.
 *
 * @param maxRetries               retries after an unexpected failure (a bug) before the dead-letter topic;
 *                                 transient failures retry without limit, poison records not at all
 * @param initialBackoff           the first pause, doubled each retry
 * @param maxBackoff               the longest pause between retries of a transient failure (the consumer thread
 *                                 waits this long between polls of a record listener: keep it well under
 *                                 {@code max.poll.interval.ms})
 * @param processedEventsRetention how long an event's "applied" mark is kept (a TTL index removes it after);
 *                                 longer than any redelivery, and handlers' sequence guards cover the rest
 */
@ConfigurationProperties("platform.consumer")
public record ConsumerSettings(Integer maxRetries, Duration initialBackoff, Duration maxBackoff,
                               Duration processedEventsRetention) {

    @ConstructorBinding
    public ConsumerSettings {
        maxRetries = maxRetries == null ? 3 : maxRetries;
        initialBackoff = initialBackoff == null ? Duration.ofMillis(200) : initialBackoff;
        maxBackoff = maxBackoff == null ? Duration.ofSeconds(30) : maxBackoff;
        processedEventsRetention = processedEventsRetention == null ? Duration.ofDays(30) : processedEventsRetention;
    }

    public ConsumerSettings(Integer maxRetries, Duration initialBackoff) {
        this(maxRetries, initialBackoff, null, null);
    }
}
