package cn.gov.zhushan.plan.platform.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.util.concurrent.ExecutionException;

import com.mongodb.MongoSocketOpenException;
import com.mongodb.MongoSocketReadTimeoutException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import jakarta.validation.ConstraintViolationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.messaging.converter.MessageConversionException;
import tools.jackson.core.exc.StreamReadException;

import cn.gov.zhushan.plan.platform.consumer.ConsumerErrorClassifier.Kind;

class ConsumerErrorClassifierTest {

    private final ConsumerErrorClassifier classifier = new ConsumerErrorClassifier();

    /** What the container hands the error handler: the handler's exception wrapped once. */
    private static Exception fromListener(Throwable cause) {
        return new ListenerExecutionFailedException("Listener failed", cause);
    }

    @Test
    void theStoreOrTheBrokerBeingAwayIsTransientHoweverDeeplyWrapped() {
        ServerAddress store = new ServerAddress("127.0.0.1", 27017);
        assertThat(kind(new MongoTimeoutException("Timed out while waiting for a server"))).isEqualTo(Kind.TRANSIENT);
        assertThat(kind(new MongoSocketReadTimeoutException("read timed out", store, new SocketTimeoutException())))
                .isEqualTo(Kind.TRANSIENT);
        assertThat(kind(new DataAccessResourceFailureException("store down",
                new MongoSocketOpenException("refused", store)))).isEqualTo(Kind.TRANSIENT);
        assertThat(kind(new QueryTimeoutException("slow"))).isEqualTo(Kind.TRANSIENT);
        assertThat(kind(new OptimisticLockingFailureException("raced"))).isEqualTo(Kind.TRANSIENT);
        // the dead-letter send itself failing while the broker is away
        assertThat(kind(new KafkaException("Dead-letter publication failed",
                new ExecutionException(new TimeoutException("Expiring 1 record(s)"))))).isEqualTo(Kind.TRANSIENT);
        assertThat(kind(new UncheckedIOException(new SocketTimeoutException("connect timed out")))).isEqualTo(Kind.TRANSIENT);
        assertThat(classifier.classify(fromListener(new IllegalStateException("wrapped",
                new MongoTimeoutException("no server"))))).isEqualTo(
                new ConsumerErrorClassifier.Verdict(Kind.TRANSIENT, "MongoTimeoutException"));
    }

    @Test
    void aRecordThatCanNeverApplyIsPoison() {
        assertThat(kind(new DeserializationException("not a CloudEvent", new byte[] {1}, false, new RuntimeException())))
                .isEqualTo(Kind.POISON);
        assertThat(kind(new MessageConversionException("cannot convert"))).isEqualTo(Kind.POISON);
        assertThat(kind(new ConstraintViolationException("invalid", java.util.Set.of()))).isEqualTo(Kind.POISON);
        assertThat(kind(new StreamReadException(null, "Unexpected character"))).isEqualTo(Kind.POISON);
        assertThat(classifier.classify(fromListener(new IllegalArgumentException("event e-1 has no valid period",
                new java.time.format.DateTimeParseException("bad", "2024-13", 5))))).isEqualTo(
                new ConsumerErrorClassifier.Verdict(Kind.POISON, "IllegalArgumentException"));
    }

    @Test
    void aTransientCauseWinsOverAPoisonWrapper() {
        assertThat(kind(new IllegalArgumentException("lookup failed", new MongoTimeoutException("no server"))))
                .isEqualTo(Kind.TRANSIENT);
    }

    @Test
    void anythingElseIsUnexpectedAndNamedByItsInnermostCause() {
        assertThat(classifier.classify(fromListener(new IllegalStateException("bug", new NullPointerException()))))
                .isEqualTo(new ConsumerErrorClassifier.Verdict(Kind.UNEXPECTED, "NullPointerException"));
        // a unique-key clash is not an outage: retrying it changes nothing
        assertThat(kind(new DataIntegrityViolationException("duplicate"))).isEqualTo(Kind.UNEXPECTED);
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertThat(kind(a)).isEqualTo(Kind.UNEXPECTED);
    }

    private Kind kind(Throwable failure) {
        return classifier.classify(fromListener(failure)).kind();
    }
}
