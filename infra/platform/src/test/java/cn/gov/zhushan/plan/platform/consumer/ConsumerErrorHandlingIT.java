package cn.gov.zhushan.plan.platform.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
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
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.BatchMessageListener;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.kafka.test.utils.ContainerTestUtils;

/**
 * The store goes away for longer than any retry budget while records arrive (a relay in front of the
 * mongo-java-server cuts every connection), with a real broker: once it is back, every good record applied
 * exactly once and none on the dead-letter topic; the records that can never apply, and only they, are there.
 */
class ConsumerErrorHandlingIT {

    /** Failed attempts a record made during the outage: far above the old budget of 3 retries. */
    private static final int ATTEMPTS_DURING_OUTAGE = 10;

    static MongoServer mongoServer;
    static CuttableTcpProxy store;
    static EmbeddedKafkaKraftBroker kafka;
    static MongoTemplate mongo;

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final ConsumerErrorHandlers handlers = new ConsumerErrorHandlers(new ConsumerErrorClassifier(),
            new ConsumerSettings(3, Duration.ofMillis(50), Duration.ofMillis(400), null), meters);

    @BeforeAll
    static void start() throws Exception {
        mongoServer = new MongoServer(new MemoryBackend());
        mongoServer.bind(new java.net.InetSocketAddress("127.0.0.1", 0));
        store = new CuttableTcpProxy(mongoServer.getLocalAddress());
        mongo = new MongoTemplate(MongoClients.create("mongodb://127.0.0.1:" + store.port()
                + "/?serverSelectionTimeoutMS=300&connectTimeoutMS=300&socketTimeoutMS=2000"), "consumers");
        kafka = new EmbeddedKafkaKraftBroker(1, 2);
        kafka.afterPropertiesSet();
    }

    @AfterAll
    static void stop() throws Exception {
        kafka.destroy();
        store.close();
        mongoServer.shutdownNow();
    }

    @Test
    void aRecordListenerWaitsOutAStoreOutageAndDeadLettersOnlyPoison() throws Exception {
        String topic = "plan.test-records.v1";
        IdempotentEventProcessor processor = new IdempotentEventProcessor(mongo, Clock.systemUTC(), meters);
        ConcurrentKafkaListenerContainerFactory<String, CloudEvent> factory = new CloudEventListenerConfiguration()
                .cloudEventListenerFactory(kafkaProperties("records"), handlers, meters);
        ConcurrentMessageListenerContainer<String, CloudEvent> container = factory.createContainer(topic);
        container.getContainerProperties().setMessageListener((MessageListener<String, CloudEvent>) record ->
                processor.process(record.value(), event -> {
                    if (event.getType().endsWith("invalid.v1")) {
                        throw new IllegalArgumentException("event " + event.getId() + " has no valid period");
                    }
                    mongo.upsert(Query.query(Criteria.where("_id").is(event.getSubject())), new Update().inc("n", 1),
                            "tallies");
                }));
        container.start();
        try {
            ContainerTestUtils.waitForAssignment(container, 2);
            store.cut();
            try (KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(producerConfig(),
                    new StringSerializer(), new CloudEventSerializer())) {
                for (int i = 0; i < 40; i++) {
                    producer.send(new ProducerRecord<>(topic, "agg-" + i % 4, event("counted", "agg-" + i % 4)));
                }
                producer.send(new ProducerRecord<>(topic, "agg-0", event("invalid", "agg-0")));
            }
            try (KafkaProducer<String, byte[]> raw = new KafkaProducer<>(producerConfig(), new StringSerializer(),
                    new ByteArraySerializer())) {
                raw.send(new ProducerRecord<>(topic, "agg-1", "not a CloudEvent".getBytes(StandardCharsets.UTF_8)));
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> transientFailures(topic) >= ATTEMPTS_DURING_OUTAGE);
            // each partition waits at its first record: nothing, good or bad, has been dead-lettered meanwhile
            assertThat(deadLetters(topic, 1, Duration.ofSeconds(2))).isEmpty();
            store.restore();

            await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> tally() == 40);
            List<ConsumerRecord<String, byte[]>> dead = deadLetters(topic, 2, Duration.ofSeconds(20));
            assertThat(dead).extracting(r -> header(r, "kafka_dlt-exception-fqcn")).containsExactlyInAnyOrder(
                    "org.springframework.kafka.support.serializer.DeserializationException",
                    "org.springframework.kafka.listener.ListenerExecutionFailedException");
            assertThat(mongo.getCollection("processed_events").countDocuments()).isEqualTo(40);
            assertThat(tally()).isEqualTo(40);
            assertThat(meters.get(CountingDeadLetters.METRIC).tag("topic", topic).tag("kind", "poison").counters())
                    .extracting(c -> c.count()).containsOnly(1.0);
            System.out.printf("record listener: %.0f transient failures during the outage, %d on the DLT%n",
                    transientFailures(topic), dead.size());
        } finally {
            container.stop();
        }
    }

    @Test
    void aBatchListenerRetriesTheWholePollThroughAnOutageAndDeadLettersOnlyTheBadRecord() throws Exception {
        String topic = "plan.test-batches.v1";
        CountingDeadLetters deadLetters = handlers.deadLetters(new DeadLetterPublishingRecoverer(stringTemplate()));
        ConcurrentKafkaListenerContainerFactory<String, String> factory = new ConcurrentKafkaListenerContainerFactory<>();
        Map<String, Object> consumer = new HashMap<>(kafkaProperties("batches").buildConsumerProperties());
        consumer.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        consumer.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        consumer.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        factory.setConsumerFactory(new DefaultKafkaConsumerFactory<>(consumer));
        factory.setBatchListener(true);
        factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.BATCH);
        factory.setCommonErrorHandler(handlers.forBatches(deadLetters));
        ConcurrentMessageListenerContainer<String, String> container = factory.createContainer(topic);
        // the tourism listener's shape: bad records dead-lettered one by one after the good ones applied
        container.getContainerProperties().setMessageListener((BatchMessageListener<String, String>) records -> {
            List<ConsumerRecord<String, String>> bad = new ArrayList<>();
            for (ConsumerRecord<String, String> record : records) {
                if (record.value().startsWith("{")) {
                    mongo.upsert(Query.query(Criteria.where("_id").is(record.partition() + "-" + record.offset())),
                            new Update().set("value", record.value()), "readings");
                } else {
                    bad.add(record);
                }
            }
            bad.forEach(record -> deadLetters.accept(record, null, new IllegalArgumentException("MALFORMED")));
        });
        container.start();
        try {
            ContainerTestUtils.waitForAssignment(container, 2);
            store.cut();
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig(), new StringSerializer(),
                    new StringSerializer())) {
                for (int i = 0; i < 30; i++) {
                    producer.send(new ProducerRecord<>(topic, "site-" + i % 3, i == 17 ? "not json" : "{\"in\":" + i + "}"));
                }
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> transientFailures(topic) >= ATTEMPTS_DURING_OUTAGE);
            store.restore();

            // the test reads through the same cut connection: its driver may still be reconnecting right after the restore
            await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> mongo.getCollection("readings").countDocuments() == 29);
            List<ConsumerRecord<String, byte[]>> dead = deadLetters(topic, 1, Duration.ofSeconds(10));
            assertThat(dead).extracting(r -> new String(r.value(), StandardCharsets.UTF_8)).containsExactly("not json");
            assertThat(deadLetters(topic, 2, Duration.ofSeconds(3))).hasSize(1);
            System.out.printf("batch listener: %.0f transient failures during the outage, %d on the DLT%n",
                    transientFailures(topic), dead.size());
        } finally {
            container.stop();
        }
    }

    private long tally() {
        return mongo.getCollection("tallies").find().into(new ArrayList<>()).stream()
                .mapToLong(d -> d.get("n", Number.class).longValue()).sum();
    }

    private double transientFailures(String topic) {
        return meters.find(ConsumerErrorHandlers.FAILURES_METRIC).tag("topic", topic).tag("kind", "transient")
                .counters().stream().mapToDouble(c -> c.count()).sum();
    }

    private static CloudEvent event(String kind, String subject) {
        return CloudEventBuilder.v1().withId(UUID.randomUUID().toString())
                .withType("cn.gov.zhushan.plan.test." + kind + ".v1").withSource(URI.create("/test"))
                .withSubject(subject).withData("application/json", "{}".getBytes(StandardCharsets.UTF_8)).build();
    }

    private static KafkaProperties kafkaProperties(String group) {
        KafkaProperties properties = new KafkaProperties();
        properties.setBootstrapServers(List.of(kafka.getBrokersAsString()));
        properties.getConsumer().setGroupId(group + "-" + UUID.randomUUID());
        return properties;
    }

    private static Map<String, Object> producerConfig() {
        return Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBrokersAsString(), ProducerConfig.ACKS_CONFIG, "all");
    }

    private static KafkaTemplate<Object, Object> stringTemplate() {
        Map<String, Object> config = new HashMap<>(producerConfig());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
    }

    /** Reads the dead-letter topic from the start until {@code enough} records or the timeout. */
    private static List<ConsumerRecord<String, byte[]>> deadLetters(String topic, int enough, Duration timeout) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> probe = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            probe.subscribe(List.of(topic + "-dlt"));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline && records.size() < enough) {
                probe.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
