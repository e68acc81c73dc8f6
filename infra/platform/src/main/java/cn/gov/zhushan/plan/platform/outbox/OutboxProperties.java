package cn.gov.zhushan.plan.platform.outbox;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded-outbox relay's settings.
 *
 * @param collections   the collections whose documents carry a {@code pendingEvents} array
 * @param pollInterval  how often the relay looks for pending events
 * @param batchSize     how many documents one pass takes
 * @param sendTimeout   how long to wait for the broker's acknowledgement before trying again later
 * @param versionField  the documents' optimistic-lock field ({@code @Version}), bumped when events are removed
 */
@ConfigurationProperties("platform.outbox")
public record OutboxProperties(List<String> collections, Duration pollInterval, Integer batchSize, Duration sendTimeout,
                               String versionField) {

    public OutboxProperties {
        collections = collections == null ? List.of() : List.copyOf(collections);
        pollInterval = pollInterval == null ? Duration.ofMillis(200) : pollInterval;
        batchSize = batchSize == null ? 200 : batchSize;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(10) : sendTimeout;
        versionField = versionField == null || versionField.isBlank() ? "version" : versionField;
    }
}
