package cn.gov.zhushan.plan.platform.consumer;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;

/**
 * Sends a record to its dead-letter topic through the given recoverer and counts it in
 * {@code platform.consumer.dead-lettered} by topic, kind and reason (the exception class the classifier's
 * verdict rests on), so an alert can tell a bad producer from a bug. Counted only once the send succeeded.
 */
public class CountingDeadLetters implements ConsumerAwareRecordRecoverer {

    public static final String METRIC = "platform.consumer.dead-lettered";

    private final ConsumerRecordRecoverer delegate;
    private final ConsumerErrorClassifier classifier;
    private final MeterRegistry meters;

    public CountingDeadLetters(ConsumerRecordRecoverer delegate, ConsumerErrorClassifier classifier, MeterRegistry meters) {
        this.delegate = delegate;
        this.classifier = classifier;
        this.meters = meters;
    }

    @Override
    public void accept(ConsumerRecord<?, ?> record, Consumer<?, ?> consumer, Exception exception) {
        if (delegate instanceof ConsumerAwareRecordRecoverer aware) {
            aware.accept(record, consumer, exception);
        } else {
            delegate.accept(record, exception);
        }
        ConsumerErrorClassifier.Verdict verdict = classifier.classify(exception);
        meters.counter(METRIC, "topic", record.topic(), "kind", verdict.kind().name().toLowerCase(),
                "reason", verdict.reason()).increment();
    }
}
