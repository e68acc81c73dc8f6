package cn.gov.zhushan.plan.tourism.footfall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

import cn.gov.zhushan.plan.platform.consumer.CountingDeadLetters;
import cn.gov.zhushan.plan.platform.test.PlatformIntegrationTest;
import cn.gov.zhushan.plan.platform.test.TopicProbe;

/**
 * Bad readings in a poll of good ones: each bad one, and only it, lands on the raw topic's dead-letter topic with
 * its reason; the good ones of the same poll are all counted.
 */
class RawFootfallDeadLettersIT extends PlatformIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DLT = FootfallProperties.RAW_TOPIC + "-dlt";

    @Autowired
    MeterRegistry meters;

    @Test
    void onlyThePoisonReadingsOfAPollGoToTheDeadLetterTopicAndTheRestIsCounted() {
        String token = UUID.randomUUID().toString();
        // a past day no other test counts, sent as a history import so the grace period does not reject it
        Instant at = Instant.parse("2023-06-15T02:00:00Z");
        LocalDate day = DistrictTime.day(at);
        double deadLetteredBefore = deadLettered();
        List<String> values = List.of(
                FootfallIT.reading("TAOYANGLI-GATE-1", "TAOYANGLI", at, 11, 1),
                "{not json " + token,
                FootfallIT.reading("TAOYANGLI-GATE-2", "TAOYANGLI", at, 7, 0),
                FootfallIT.reading("TAOYANGLI-GATE-1", "NOPE-" + token, at, 9, 0),
                FootfallIT.reading("TAOYANGLI-CAM-1", "TAOYANGLI", at.plusSeconds(60), 5, 2));
        try (KafkaProducer<String, String> gateway = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BACKENDS.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            for (String value : values) {
                ProducerRecord<String, String> record = new ProducerRecord<>(FootfallProperties.RAW_TOPIC, "TAOYANGLI", value);
                record.headers().add(RawFootfallKafka.HISTORY_HEADER, "1".getBytes(StandardCharsets.UTF_8));
                gateway.send(record);
            }
            gateway.flush();
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(dayIn("TAOYANGLI", day)).isEqualTo(23));
        List<ConsumerRecord<String, byte[]>> dead = TopicProbe.read(BACKENDS.kafkaBootstrapServers(), DLT,
                read -> mine(read, token).size() >= 2, Duration.ofSeconds(30));
        List<ConsumerRecord<String, byte[]>> mine = mine(dead, token);
        assertThat(mine).extracting(r -> TopicProbe.header(r, "kafka_dlt-exception-message"))
                .containsExactly("MALFORMED: Not a JSON reading.", "UNKNOWN_SITE: No site with code NOPE-" + token + ".");
        assertThat(mine).extracting(r -> TopicProbe.header(r, "kafka_dlt-original-topic"))
                .containsOnly(FootfallProperties.RAW_TOPIC);
        assertThat(deadLettered() - deadLetteredBefore).isGreaterThanOrEqualTo(2);
        assertThat(dayIn("TAOYANGLI", day)).isEqualTo(23);
    }

    private static List<ConsumerRecord<String, byte[]>> mine(List<ConsumerRecord<String, byte[]>> records, String token) {
        return records.stream().filter(r -> new String(r.value(), StandardCharsets.UTF_8).contains(token)).toList();
    }

    private double deadLettered() {
        return meters.find(CountingDeadLetters.METRIC).tag("topic", FootfallProperties.RAW_TOPIC).counters().stream()
                .mapToDouble(c -> c.count()).sum();
    }

    private long dayIn(String site, LocalDate day) {
        return JSON.readTree(api("dashboard", "tourism:read").get()
                .uri("/api/v1/tourism/footfall/sites/{s}/days?from={d}&to={d}", site, day, day).retrieve().body(String.class))
                .get("windows").get(0).get("in").asLong();
    }
}
