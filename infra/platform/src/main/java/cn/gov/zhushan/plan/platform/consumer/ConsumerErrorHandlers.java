package cn.gov.zhushan.plan.platform.consumer;

import java.util.Map;
import java.util.function.BiFunction;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RetryListener;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Builds the error handlers of the platform's listener containers from one classification
 * ({@link ConsumerErrorClassifier}):
 * <ul>
 *   <li>transient failures (store or broker away, timeouts) retry the same record, or the same batch, with
 *       exponential backoff capped at {@code platform.consumer.max-backoff}, for as long as it takes: the record
 *       is good, so it must never reach the dead-letter topic because an outage outlasted a retry budget;</li>
 *   <li>poison records go to the dead-letter topic at once;</li>
 *   <li>unexpected failures (a bug) get {@code platform.consumer.max-retries} retries, then the dead-letter topic.</li>
 * </ul>
 * Each failed attempt is counted in {@code platform.consumer.failures} by topic and kind.
 */
public class ConsumerErrorHandlers {

    public static final String FAILURES_METRIC = "platform.consumer.failures";

    private final ConsumerErrorClassifier classifier;
    private final ConsumerSettings settings;
    private final MeterRegistry meters;

    public ConsumerErrorHandlers(ConsumerErrorClassifier classifier, ConsumerSettings settings, MeterRegistry meters) {
        this.classifier = classifier;
        this.settings = settings;
        this.meters = meters;
    }

    public ConsumerErrorClassifier classifier() {
        return classifier;
    }

    /** Dead-letters through the recoverer and counts each record by reason. */
    public CountingDeadLetters deadLetters(ConsumerRecordRecoverer recoverer) {
        return recoverer instanceof CountingDeadLetters counting ? counting
                : new CountingDeadLetters(recoverer, classifier, meters);
    }

    /** For record listeners: each failed record is retried or dead-lettered by its failure's kind. */
    public DefaultErrorHandler forRecords(ConsumerRecordRecoverer deadLetters) {
        ExponentialBackOff unexpected = exponential();
        unexpected.setMaxAttempts(settings.maxRetries());
        DefaultErrorHandler handler = new DefaultErrorHandler(deadLetters(deadLetters), unexpected);
        handler.setBackOffFunction(backOffByKind());
        handler.setRetryListeners(countFailures());
        return handler;
    }

    /**
     * For batch listeners, which must handle poison records themselves, one by one (dead-letter that record and
     * go on with the rest). What the listener throws is about the whole batch, so the whole batch is retried
     * until it applies, the partitions paused meanwhile (the consumer keeps polling and stays in its group). A
     * {@link org.springframework.kafka.listener.BatchListenerFailedException} naming one record gets that
     * record's treatment by kind, as with record listeners.
     */
    public DefaultErrorHandler forBatches(ConsumerRecordRecoverer deadLetters) {
        DefaultErrorHandler handler = new DefaultErrorHandler(deadLetters(deadLetters), untilItApplies());
        // no exception makes the fallback dead-letter a whole batch of good records
        handler.setClassifications(Map.of(), true);
        handler.setBackOffFunction(backOffByKind());
        handler.setRetryListeners(countFailures());
        return handler;
    }

    private BiFunction<ConsumerRecord<?, ?>, Exception, BackOff> backOffByKind() {
        return (record, exception) -> switch (classifier.classify(exception).kind()) {
            case TRANSIENT -> untilItApplies();
            case POISON -> new FixedBackOff(0, 0);
            case UNEXPECTED -> null; // the handler's default: a few retries
        };
    }

    private BackOff untilItApplies() {
        return exponential(); // no attempt limit, no elapsed-time limit
    }

    private ExponentialBackOff exponential() {
        ExponentialBackOff backOff = new ExponentialBackOff(settings.initialBackoff().toMillis(), 2.0);
        backOff.setMaxInterval(settings.maxBackoff().toMillis());
        return backOff;
    }

    private RetryListener countFailures() {
        return new RetryListener() {
            @Override
            public void failedDelivery(ConsumerRecord<?, ?> record, Exception exception, int attempt) {
                count(record.topic(), exception);
            }

            @Override
            public void failedDelivery(ConsumerRecords<?, ?> records, Exception exception, int attempt) {
                records.partitions().stream().map(TopicPartition::topic).distinct()
                        .forEach(topic -> count(topic, exception));
            }
        };
    }

    private void count(String topic, Exception exception) {
        meters.counter(FAILURES_METRIC, "topic", topic,
                "kind", classifier.classify(exception).kind().name().toLowerCase()).increment();
    }
}
