package cn.gov.zhushan.plan.tourism.footfall;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import cn.gov.zhushan.plan.platform.consumer.CountingDeadLetters;
import cn.gov.zhushan.plan.tourism.sites.SiteDirectory;

/**
 * The one aggregation path for both ways in: readings the batch endpoint published and readings counter
 * gateways write straight to the topic. Gateway readings were never checked, so every reading is
 * validated here again; invalid ones are counted in {@code tourism.footfall.rejected} and sent, one by one, to
 * {@code plan.tourism.footfall-raw.v1-dlt} with their reason (a bad reading must not stop the partition, nor be
 * lost without trace: one from a site registered later can be replayed). What this method throws is about the
 * whole poll (the store or the broker away) and retries it until it applies; a retried poll counts nothing twice.
 */
@Component
class RawFootfallListener {

    private static final Logger log = LoggerFactory.getLogger(RawFootfallListener.class);

    private final FootfallAggregator aggregator;
    private final ReadingValidator validator;
    private final ObjectReader reader;
    private final Clock clock;
    private final MeterRegistry meters;
    private final CountingDeadLetters deadLetters;

    RawFootfallListener(FootfallAggregator aggregator, FootfallProperties properties, SiteDirectory sites,
                        JsonMapper json, Clock clock, MeterRegistry meters,
                        @Qualifier(RawFootfallKafka.DEAD_LETTERS) CountingDeadLetters deadLetters) {
        this.aggregator = aggregator;
        this.validator = new ReadingValidator(properties, sites::find);
        this.reader = json.readerFor(ReadingInput.class);
        this.clock = clock;
        this.meters = meters;
        this.deadLetters = deadLetters;
    }

    @KafkaListener(id = "footfall-aggregator", topics = FootfallProperties.RAW_TOPIC,
            containerFactory = RawFootfallKafka.FACTORY)
    void on(List<ConsumerRecord<String, String>> records) {
        long started = System.nanoTime();
        Instant now = clock.instant();
        List<FootfallAggregator.Positioned> valid = new ArrayList<>(records.size());
        Map<ConsumerRecord<String, String>, ReadingValidator.Invalid> rejected = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            ReadingValidator.Outcome outcome;
            try {
                outcome = validator.validate(reader.readValue(record.value()), now,
                        record.headers().lastHeader(RawFootfallKafka.HISTORY_HEADER) != null);
            } catch (JacksonException | IllegalArgumentException e) {
                outcome = new ReadingValidator.Invalid(null, "MALFORMED", "Not a JSON reading.");
            }
            if (outcome instanceof ReadingValidator.Valid ok) {
                valid.add(new FootfallAggregator.Positioned(ok.reading(), record.partition(), record.offset()));
            } else if (outcome instanceof ReadingValidator.Invalid invalid) {
                meters.counter("tourism.footfall.rejected", "path", "topic", "reason", invalid.reason()).increment();
                rejected.put(record, invalid);
                log.debug("Rejected reading at {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
                        invalid.message());
            }
        }
        meters.timer("tourism.footfall.aggregation", "step", "parse").record(System.nanoTime() - started,
                java.util.concurrent.TimeUnit.NANOSECONDS);
        meters.summary("tourism.footfall.aggregation.batch").record(records.size());
        // the whole poll at once: a few store round trips per poll instead of a few per partition
        int counted = aggregator.apply(valid);
        meters.counter("tourism.footfall.counted").increment(counted);
        meters.counter("tourism.footfall.skipped").increment(valid.size() - counted);
        // after the good readings applied: a failed dead-letter send retries the poll, which then counts nothing
        // twice (a rejected reading may reach the dead-letter topic twice, never get lost)
        rejected.forEach((record, invalid) -> deadLetters.accept(record, null,
                new IllegalArgumentException(invalid.reason() + ": " + invalid.message())));
    }
}
