package cn.gov.zhushan.plan.platform.consumer;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Retry policy for event handlers before a record goes to the dead-letter topic.
 *
 * @param maxRetries     retries after the first failure
 * @param initialBackoff the first pause, doubled each retry
 */
@ConfigurationProperties("platform.consumer")
public record ConsumerSettings(Integer maxRetries, Duration initialBackoff) {

    public ConsumerSettings {
        maxRetries = maxRetries == null ? 3 : maxRetries;
        initialBackoff = initialBackoff == null ? Duration.ofMillis(200) : initialBackoff;
    }
}
