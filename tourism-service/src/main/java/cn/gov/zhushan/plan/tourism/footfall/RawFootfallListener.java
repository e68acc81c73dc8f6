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
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import cn.gov.zhushan.plan.tourism.sites.SiteDirectory;

/**
 * The one aggregation path for both ways in: readings the batch endpoint published and readings counter
 * gateways write straight to the topic. Gateway readings were never checked, so every reading is
 * validated here again; invalid ones are counted in {@code tourism.footfall.rejected} and skipped (a bad
 * reading must not stop the partition).
 */
@Component
class RawFootfallListener {

    private static final Logger log = LoggerFactory.getLogger(RawFootfallListener.class);

    private final FootfallAggregator aggregator;
    private final ReadingValidator validator;
    private final JsonMapper json;
    private final Clock clock;
    private final MeterRegistry meters;

    RawFootfallListener(FootfallAggregator aggregator, FootfallProperties properties, SiteDirectory sites,
                        JsonMapper json, Clock clock, MeterRegistry meters) {
        this.aggregator = aggregator;
        this.validator = new ReadingValidator(properties, sites::find);
        this.json = json;
        this.clock = clock;
        this.meters = meters;
    }

    @KafkaListener(id = "footfall-aggregator", topics = FootfallProperties.RAW_TOPIC,
            containerFactory = RawFootfallKafka.FACTORY)
    void on(List<ConsumerRecord<String, String>> records) {
        long started = System.nanoTime();
        Instant now = clock.instant();
        Map<Integer, List<FootfallAggregator.Positioned>> byPartition = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            ReadingValidator.Outcome outcome;
            try {
                outcome = validator.validate(json.readValue(record.value(), ReadingInput.class), now);
            } catch (JacksonException | IllegalArgumentException e) {
                outcome = new ReadingValidator.Invalid(null, "MALFORMED", "Not a JSON reading.");
            }
            if (outcome instanceof ReadingValidator.Valid valid) {
                byPartition.computeIfAbsent(record.partition(), p -> new ArrayList<>())
                        .add(new FootfallAggregator.Positioned(valid.reading(), record.offset()));
            } else if (outcome instanceof ReadingValidator.Invalid invalid) {
                meters.counter("tourism.footfall.rejected", "path", "topic", "reason", invalid.reason()).increment();
                log.debug("Rejected reading at {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
                        invalid.message());
            }
        }
        meters.timer("tourism.footfall.aggregation", "step", "parse").record(System.nanoTime() - started,
                java.util.concurrent.TimeUnit.NANOSECONDS);
        meters.summary("tourism.footfall.aggregation.batch").record(records.size());
        byPartition.forEach((partition, readings) -> {
            int counted = aggregator.apply(partition, readings);
            meters.counter("tourism.footfall.counted").increment(counted);
            meters.counter("tourism.footfall.skipped").increment(readings.size() - counted);
        });
    }
}
