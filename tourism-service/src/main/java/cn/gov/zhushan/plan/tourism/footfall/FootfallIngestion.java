package cn.gov.zhushan.plan.tourism.footfall;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;
import tools.jackson.databind.json.JsonMapper;

import cn.gov.zhushan.plan.tourism.sites.SiteDirectory;

/**
 * The batch path: validate each reading, publish the valid ones to the raw topic and return only once
 * the broker acknowledged every one of them ({@code acks=all}). The aggregation reads the same topic as
 * the counter gateways write, so both paths are counted by one piece of code.
 */
@Service
public class FootfallIngestion {

    private static final byte[] HISTORY = "true".getBytes(StandardCharsets.US_ASCII);

    private final KafkaTemplate<String, String> kafka;
    private final JsonMapper json;
    private final FootfallProperties properties;
    private final ReadingValidator validator;
    private final Clock clock;
    private final Counter accepted;
    private final MeterRegistry meters;

    public FootfallIngestion(@Qualifier(RawFootfallKafka.TEMPLATE) KafkaTemplate<String, String> kafka, JsonMapper json,
                             FootfallProperties properties, SiteDirectory sites, Clock clock, MeterRegistry meters) {
        this.kafka = kafka;
        this.json = json;
        this.properties = properties;
        this.validator = new ReadingValidator(properties, sites::find);
        this.clock = clock;
        this.meters = meters;
        this.accepted = meters.counter("tourism.footfall.ingested", "path", "http");
    }

    /** The outcome of one batch. */
    public record Result(int received, int accepted, List<Rejection> rejected) {
    }

    public Result ingest(List<ReadingInput> readings) {
        return ingest(readings, false);
    }

    /**
     * Imports readings of past days (older than the grace period), e.g. the demo year: the same rules
     * otherwise, the same topic and aggregation, marked with {@link RawFootfallKafka#HISTORY_HEADER}.
     * Not exposed over HTTP.
     */
    public Result importHistory(List<ReadingInput> readings) {
        return ingest(readings, true);
    }

    private Result ingest(List<ReadingInput> readings, boolean history) {
        List<FootfallReading> valid = new ArrayList<>(readings.size());
        List<Rejection> rejected = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        var now = clock.instant();
        String path = history ? "history" : "http";
        for (int i = 0; i < readings.size(); i++) {
            ReadingValidator.Outcome outcome = validator.validate(readings.get(i), now, history);
            if (outcome instanceof ReadingValidator.Invalid invalid) {
                rejected.add(invalid.at(i));
                meters.counter("tourism.footfall.rejected", "path", path, "reason", invalid.reason()).increment();
            } else if (outcome instanceof ReadingValidator.Valid ok) {
                if (seen.add(ok.reading().dedupeKey())) {
                    valid.add(ok.reading());
                } else {
                    rejected.add(new Rejection(i, null, "DUPLICATE_IN_BATCH", "The same reading appears earlier in this batch."));
                }
            }
        }
        publish(valid, history);
        if (!history) {
            accepted.increment(valid.size());
        }
        return new Result(readings.size(), valid.size(), rejected);
    }

    private void publish(List<FootfallReading> readings, boolean history) {
        if (readings.isEmpty()) {
            return;
        }
        List<CompletableFuture<?>> acks = new ArrayList<>(readings.size());
        try {
            for (FootfallReading reading : readings) {
                ProducerRecord<String, String> record = new ProducerRecord<>(FootfallProperties.RAW_TOPIC,
                        reading.site(), json.writeValueAsString(reading.toInput()));
                if (history) {
                    record.headers().add(RawFootfallKafka.HISTORY_HEADER, HISTORY);
                }
                acks.add(kafka.send(record));
            }
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new))
                    .get(properties.ackTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable();
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            // some readings may have been written: a retry of the whole batch is safe, duplicates count once
            throw unavailable();
        }
    }

    private static ErrorResponseException unavailable() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The readings could not be stored durably; retry the whole batch (duplicates are counted once).");
        problem.setTitle("Ingestion unavailable");
        return new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, problem, null);
    }
}
