package cn.gov.zhushan.plan.tourism.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import cn.gov.zhushan.plan.platform.test.TestBackends;
import cn.gov.zhushan.plan.platform.test.TestTokens;
import cn.gov.zhushan.plan.tourism.TourismServiceApplication;
import cn.gov.zhushan.plan.tourism.footfall.FootfallAggregator;

/**
 * Not a test (verify does not run it). Starts the service on the embedded broker and store, then:
 * 1. the limit: a plain KafkaProducer (acks=all, same record size and batching) writing as fast as it can;
 * 2. sustained ingest through POST /footfall/readings (batches of 10,000, several clients) and the delay
 *    from a batch's 202 until the stored windows include it (and every batch acknowledged before it).
 * Usage: java -cp ... FootfallIngestBenchmark [seconds=20] [clients=4]
 */
public final class FootfallIngestBenchmark {

    private static final String[] SITES = {"TAOYANGLI", "IMPERIAL_KILN_MUSEUM", "XUJIA_KILN", "TAOXICHUAN",
            "TAORAN_MARKET", "HUTIAN_KILN_SITE"};
    private static final int BATCH = 10_000;

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        TestBackends backends = TestBackends.get();
        TestTokens tokens = TestTokens.get();
        // system properties outrank application.yml (default properties would not)
        Map.of("server.port", "0", "eureka.client.enabled", "false", "spring.mongodb.uri", backends.mongoUri(),
                "spring.kafka.bootstrap-servers", backends.kafkaBootstrapServers(),
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri", tokens.jwksUri(),
                "logging.level.root", "WARN").forEach(System::setProperty);
        ConfigurableApplicationContext app;
        try {
            app = new SpringApplicationBuilder(TourismServiceApplication.class).run();
        } catch (RuntimeException e) {
            e.printStackTrace();
            System.exit(1);
            return;
        }
        int port = app.getEnvironment().getProperty("local.server.port", Integer.class);
        MongoTemplate mongo = app.getBean(MongoTemplate.class);

        double limit = kafkaLimit(backends.kafkaBootstrapServers(), 300_000);
        System.out.printf("Kafka limit (plain KafkaProducer, acks=all, lz4, ~110 B JSON records): %,.0f records/s%n", limit);

        HttpClient http = HttpClient.newHttpClient();
        String token = tokens.issue("bench-gateway", "tourism:ingest");
        URI uri = URI.create("http://127.0.0.1:" + port + "/api/v1/tourism/footfall/readings");
        AtomicLong counter = new AtomicLong();
        Instant base = Instant.now();
        for (int i = 0; i < 3; i++) { // warm-up
            post(http, uri, token, body(counter, base));
        }
        long warm = counter.get();
        waitVisible(mongo, warm, 60_000);

        AtomicLong acknowledged = new AtomicLong(warm);
        ConcurrentLinkedQueue<long[]> acks = new ConcurrentLinkedQueue<>(); // {cumulative readings, ack nanos}
        ConcurrentLinkedQueue<long[]> seen = new ConcurrentLinkedQueue<>();  // {visible readings, nanos}
        AtomicBoolean running = new AtomicBoolean(true);
        Thread poller = new Thread(() -> {
            while (running.get() || visible(mongo) < acknowledged.get()) {
                seen.add(new long[] {visible(mongo), System.nanoTime()});
                sleep(10);
            }
        });
        poller.start();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            new Thread(() -> {
                try {
                    while (System.nanoTime() < end) {
                        String body = body(counter, base);
                        int status = post(http, uri, token, body);
                        if (status != 202) {
                            throw new IllegalStateException("status " + status);
                        }
                        acks.add(new long[] {acknowledged.addAndGet(BATCH), System.nanoTime()});
                    }
                } catch (Exception e) {
                    e.printStackTrace();
                } finally {
                    done.countDown();
                }
            }).start();
        }
        done.await();
        long elapsed = System.nanoTime() - start;
        running.set(false);
        poller.join(120_000);
        long sent = acknowledged.get() - warm;
        System.out.printf("Batch API: %,d readings in %.1f s = %,.0f readings/s sustained (%d clients, %,d per batch)%n",
                sent, elapsed / 1e9, sent / (elapsed / 1e9), clients, BATCH);

        List<long[]> samples = new ArrayList<>(seen);
        List<Long> delays = new ArrayList<>();
        for (long[] ack : acks) {
            for (long[] s : samples) {
                if (s[0] >= ack[0] && s[1] >= ack[1]) {
                    delays.add((s[1] - ack[1]) / 1_000_000);
                    break;
                }
            }
        }
        Collections.sort(delays);
        if (!delays.isEmpty()) {
            System.out.printf("Delay 202 -> visible in aggregates (%d batches): p50 %d ms, p99 %d ms, max %d ms%n",
                    delays.size(), delays.get(delays.size() / 2), delays.get((int) Math.ceil(delays.size() * 0.99) - 1),
                    delays.get(delays.size() - 1));
        }
        app.close();
        System.exit(0);
    }

    private static double kafkaLimit(String bootstrap, int records) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024, ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4"),
                new StringSerializer(), new StringSerializer())) {
            String value = "{\"source\":\"TAOYANGLI-GATE-1\",\"site\":\"TAOYANGLI\",\"timestamp\":\"2024-10-01T01:15:00.123Z\",\"in\":1,\"out\":0}";
            for (int i = 0; i < 20_000; i++) {
                producer.send(new ProducerRecord<>("bench-baseline", SITES[i % 6], value));
            }
            producer.flush();
            long start = System.nanoTime();
            for (int i = 0; i < records; i++) {
                producer.send(new ProducerRecord<>("bench-baseline", SITES[i % 6], value));
            }
            producer.flush();
            return records / ((System.nanoTime() - start) / 1e9);
        }
    }

    private static String body(AtomicLong counter, Instant base) {
        long first = counter.getAndAdd(BATCH);
        StringBuilder json = new StringBuilder(BATCH * 120).append("{\"readings\":[");
        for (long c = first; c < first + BATCH; c++) {
            String site = SITES[(int) (c % 6)];
            if (c > first) {
                json.append(',');
            }
            json.append("{\"source\":\"").append(site).append("-GATE-").append((c / 6) % 2 + 1)
                    .append("\",\"site\":\"").append(site).append("\",\"timestamp\":\"")
                    .append(base.minusMillis(c / 12)).append("\",\"in\":1,\"out\":0}");
        }
        return json.append("]}").toString();
    }

    private static int post(HttpClient http, URI uri, String token, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static long visible(MongoTemplate mongo) {
        long sum = 0;
        for (Document doc : mongo.getCollection(FootfallAggregator.WINDOWS).find()) {
            sum += ((Number) doc.get("in")).longValue();
        }
        return sum;
    }

    private static void waitVisible(MongoTemplate mongo, long expected, long timeoutMillis) {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (visible(mongo) < expected && System.currentTimeMillis() < deadline) {
            sleep(20);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
