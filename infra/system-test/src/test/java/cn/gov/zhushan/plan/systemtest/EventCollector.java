package cn.gov.zhushan.plan.systemtest;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

/**
 * An independent Kafka consumer (plain kafka-clients, no platform code, no consumer group): reads every
 * partition of the given topics from the beginning for the whole suite and keeps what it saw, so
 * scenarios count events by ce_id across broker restarts.
 */
final class EventCollector implements AutoCloseable {

    /** One record as seen on the wire: CloudEvents binary mode puts the attributes in ce_* headers. */
    record Seen(String topic, int partition, long offset, String key, Map<String, String> headers, byte[] value,
                long seenAtNanos) {

        String id() {
            return headers.get("ce_id");
        }

        String type() {
            return headers.get("ce_type");
        }

        String subject() {
            return headers.get("ce_subject");
        }

        String text() {
            return value == null ? "" : new String(value, StandardCharsets.UTF_8);
        }
    }

    private final String bootstrap;
    private final List<String> topics;
    private final List<Seen> seen = new ArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    EventCollector(String bootstrap, List<String> topics) {
        this.bootstrap = bootstrap;
        this.topics = List.copyOf(topics);
        this.thread = new Thread(this::run, "system-test-event-collector");
        this.thread.setDaemon(true);
    }

    /** Creates the topics with the broker's default layout (3 partitions) so partitions can be assigned up front. */
    static void createTopics(String bootstrap, List<String> topics) throws InterruptedException {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            for (String topic : topics) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create " + topic, e.getCause());
                    }
                }
            }
        }
    }

    void start() {
        thread.start();
    }

    private void run() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "1000");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                for (int p = 0; p < 3; p++) {
                    partitions.add(new TopicPartition(topic, p));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    Map<String, String> headers = new LinkedHashMap<>();
                    for (Header header : record.headers()) {
                        headers.put(header.key(), header.value() == null ? null
                                : new String(header.value(), StandardCharsets.UTF_8));
                    }
                    synchronized (seen) {
                        seen.add(new Seen(record.topic(), record.partition(), record.offset(), record.key(),
                                headers, record.value(), System.nanoTime()));
                    }
                }
            }
        } catch (org.apache.kafka.common.errors.InterruptException stopping) {
            // close() interrupted a poll
        }
    }

    List<Seen> matching(Predicate<Seen> filter) {
        synchronized (seen) {
            return seen.stream().filter(filter).toList();
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(5000);
    }
}
