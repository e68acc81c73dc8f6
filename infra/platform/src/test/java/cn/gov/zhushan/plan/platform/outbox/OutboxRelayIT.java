package cn.gov.zhushan.plan.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import cn.gov.zhushan.plan.platform.events.PendingEvent;

/**
 * The relay against a real broker and the Mongo wire protocol: while the broker cannot be reached nothing
 * leaves the outbox; once it can, every event arrives exactly once, in each aggregate's order.
 */
class OutboxRelayIT {

    static MongoServer mongoServer;
    static EmbeddedKafkaKraftBroker kafka;
    static MongoTemplate mongo;

    @BeforeAll
    static void start() {
        mongoServer = new MongoServer(new MemoryBackend());
        mongoServer.bind(new InetSocketAddress("127.0.0.1", 0));
        mongo = new MongoTemplate(MongoClients.create("mongodb://127.0.0.1:" + mongoServer.getLocalAddress().getPort()), "outbox");
        kafka = new EmbeddedKafkaKraftBroker(1, 3);
        kafka.afterPropertiesSet();
    }

    @AfterAll
    static void stop() {
        kafka.destroy();
        mongoServer.shutdownNow();
    }

    private static KafkaTemplate<String, CloudEvent> template(String bootstrap) {
        return template(bootstrap, Map.of());
    }

    private static KafkaTemplate<String, CloudEvent> template(String bootstrap, Map<String, Object> extra) {
        Map<String, Object> config = new HashMap<>(extra);
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 500);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 500);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 1000);
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
    }

    private static OutboxRelay relay(KafkaTemplate<String, CloudEvent> template, SimpleMeterRegistry meters) {
        // a batch smaller than the backlog: the gauge must still count every waiting event
        return new OutboxRelay(mongo, template, new OutboxProperties(List.of("aggregates"), null, 7,
                Duration.ofSeconds(2), null), Clock.systemUTC(), meters);
    }

    private static PendingEvent event(String topic, String key, int n) {
        return new PendingEvent(UUID.randomUUID().toString(), topic, key, "cn.gov.zhushan.plan.test.counted.v1",
                "/test", "aggregates/" + key, java.time.Instant.now(), "{\"n\":" + n + "}", Map.of());
    }

    @Test
    void anOutageDelaysEventsAndNeverLosesOrDuplicatesThem() {
        String topic = "plan.test-" + UUID.randomUUID() + ".v1";
        int aggregates = 20;
        int perAggregate = 5;
        for (int a = 0; a < aggregates; a++) {
            String key = "A" + a;
            for (int n = 0; n < perAggregate; n++) {
                // each state change appends its event in one single-document write
                mongo.upsert(org.springframework.data.mongodb.core.query.Query.query(
                                org.springframework.data.mongodb.core.query.Criteria.where("_id").is(key)),
                        new Update().push("pendingEvents", event(topic, key, n)).inc("state", 1), "aggregates");
            }
        }

        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        OutboxRelay duringOutage = relay(template("127.0.0.1:1"), meters);
        assertThat(duringOutage.relayOnce()).isZero();
        assertThat(meters.get("platform.outbox.pending").gauge().value()).isEqualTo(aggregates * perAggregate);
        assertThat(mongo.getCollection("aggregates").countDocuments(
                new org.bson.Document("pendingEvents.0", new org.bson.Document("$exists", true)))).isEqualTo(aggregates);

        OutboxRelay afterRecovery = relay(template(kafka.getBrokersAsString()), new SimpleMeterRegistry());
        int delivered = 0;
        for (int pass = 0; pass < 10 && delivered < aggregates * perAggregate; pass++) {
            delivered += afterRecovery.relayOnce(); // 7 documents a pass
        }
        assertThat(delivered).isEqualTo(aggregates * perAggregate);
        assertThat(afterRecovery.relayOnce()).isZero();

        List<ConsumerRecord<String, byte[]>> records = readAll(topic, aggregates * perAggregate);
        assertThat(records).hasSize(aggregates * perAggregate);
        assertThat(records.stream().map(r -> new String(r.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8))
                .distinct().count()).isEqualTo(aggregates * perAggregate);
        for (int a = 0; a < aggregates; a++) {
            String key = "A" + a;
            List<String> inOrder = records.stream().filter(r -> key.equals(r.key()))
                    .map(r -> new String(r.value(), StandardCharsets.UTF_8)).toList();
            assertThat(inOrder).containsExactly("{\"n\":0}", "{\"n\":1}", "{\"n\":2}", "{\"n\":3}", "{\"n\":4}");
        }
        assertThat(mongo.getCollection("aggregates").find(new org.bson.Document("_id", "A0")).first().getInteger("state"))
                .isEqualTo(perAggregate);
    }

    @Test
    void anEventLargerThanTheProducerAllowsIsParkedAndTheRestOfThePassIsPublished() {
        String topic = "plan.test-" + UUID.randomUUID() + ".v1";
        PendingEvent huge = new PendingEvent(UUID.randomUUID().toString(), topic, "BIG", "cn.gov.zhushan.plan.test.huge.v1",
                "/test", "aggregates/BIG", java.time.Instant.now(), "{\"blob\":\"" + "x".repeat(50_000) + "\"}", Map.of());
        for (PendingEvent event : List.of(event(topic, "BIG", 0), huge, event(topic, "BIG", 2), event(topic, "OTHER", 0))) {
            mongo.upsert(org.springframework.data.mongodb.core.query.Query.query(
                            org.springframework.data.mongodb.core.query.Criteria.where("_id").is(event.key())),
                    new Update().push("pendingEvents", event), "parking");
        }
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        OutboxRelay relay = new OutboxRelay(mongo, template(kafka.getBrokersAsString(),
                Map.of(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 20_000)),
                new OutboxProperties(List.of("parking"), null, null, Duration.ofSeconds(5), null), Clock.systemUTC(), meters);

        assertThat(relay.relayOnce()).isEqualTo(3);
        assertThat(relay.relayOnce()).isZero();
        assertThat(meters.get("platform.outbox.parked").counter().count()).isEqualTo(1.0);
        org.bson.Document big = mongo.getCollection("parking").find(new org.bson.Document("_id", "BIG")).first();
        assertThat(big.getList("pendingEvents", org.bson.Document.class)).isEmpty();
        List<org.bson.Document> parked = big.getList("parkedEvents", org.bson.Document.class);
        assertThat(parked).hasSize(1);
        assertThat(parked.get(0).get("event", org.bson.Document.class).getString("eventId")).isEqualTo(huge.eventId());
        assertThat(parked.get(0).getString("reason")).contains("RecordTooLargeException");

        List<ConsumerRecord<String, byte[]>> records = readAll(topic, 3);
        assertThat(records).extracting(r -> r.key() + ":" + new String(r.value(), StandardCharsets.UTF_8))
                .containsExactlyInAnyOrder("BIG:{\"n\":0}", "BIG:{\"n\":2}", "OTHER:{\"n\":0}");
    }

    private static List<ConsumerRecord<String, byte[]>> readAll(String topic, int expected) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG, "probe", ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + 15_000;
            while (records.size() < expected && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            // anything beyond the expected count would be a duplicate: give it a moment to show up
            consumer.poll(Duration.ofMillis(500)).forEach(records::add);
        }
        return records;
    }
}
