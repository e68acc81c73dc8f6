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
 * 3. with {@code -Dbench.kafkaToolsClasspath=...} (the classpath of org.apache.kafka:kafka-tools), Kafka's own
 *    {@code ProducerPerformance} against the same broker in a child JVM, as the limit.
 * Usage: java -cp ... FootfallIngestBenchmark [seconds=20] [clients=4] [readingsPerSecond=0 (as fast as it goes)]
 */
public final class FootfallIngestBenchmark {

    private static final String[] SITES = {"TAOYANGLI", "IMPERIAL_KILN_MUSEUM", "XUJIA_KILN", "TAOXICHUAN",
            "TAORAN_MARKET", "HUTIAN_KILN_SITE"};
    private static final int BATCH = 10_000;

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        double rate = args.length > 2 ? Double.parseDouble(args[2]) : 0; // offered readings/s, 0 = saturate
        TestBackends backends = TestBackends.get();
        TestTokens tokens = TestTokens.get();
        // system properties outrank application.yml (default properties would not)
        Map.of("server.port", "0", "eureka.client.enabled", "false", "spring.mongodb.uri", backends.mongoUri(),
                "spring.kafka.bootstrap-servers", backends.kafkaBootstrapServers(),
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri", tokens.jwksUri(),
                "spring.security.oauth2.resourceserver.jwt.issuer-uri", TestTokens.ISSUER,
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
        String toolsClasspath = System.getProperty("bench.kafkaToolsClasspath");
        if (toolsClasspath != null) {
            producerPerformance(toolsClasspath, backends.kafkaBootstrapServers(), 300_000);
        }

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
        io.micrometer.core.instrument.MeterRegistry meters = app.getBean(io.micrometer.core.instrument.MeterRegistry.class);
        Map<String, double[]> stepsBefore = steps(meters);
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        AtomicLong tickets = new AtomicLong();
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            new Thread(() -> {
                try {
                    while (System.nanoTime() < end) {
                        if (rate > 0) { // open-loop pacing: batch k is due at start + k * BATCH / rate
                            long due = start + (long) (tickets.getAndIncrement() * BATCH * 1e9 / rate);
                            if (due >= end) {
                                break;
                            }
                            long wait = due - System.nanoTime();
                            if (wait > 0) {
                                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                            }
                        }
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
        poller.join(300_000);
        long allVisible = System.nanoTime();
        long sent = acknowledged.get() - warm;
        System.out.printf("Offered load: %s%n", rate > 0 ? String.format("%,.0f readings/s", rate) : "saturating");
        System.out.printf("Batch API: %,d readings in %.1f s = %,.0f readings/s sustained (%d clients, %,d per batch)%n",
                sent, elapsed / 1e9, sent / (elapsed / 1e9), clients, BATCH);
        System.out.printf("Aggregation: all %,d visible %.1f s after the first batch = %,.0f readings/s counted%n",
                sent, (allVisible - start) / 1e9, sent / ((allVisible - start) / 1e9));
        Map<String, double[]> stepsAfter = steps(meters);
        stepsAfter.forEach((step, v) -> {
            double[] b = stepsBefore.getOrDefault(step, new double[2]);
            long calls = (long) (v[0] - b[0]);
            double ms = v[1] - b[1];
            System.out.printf("  listener step %-8s %,7d calls, %,9.0f ms total, %6.2f ms mean%n", step, calls, ms,
                    calls == 0 ? 0 : ms / calls);
        });

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

    /** step -> {count, total ms} of the listener's step timers. */
    private static Map<String, double[]> steps(io.micrometer.core.instrument.MeterRegistry meters) {
        Map<String, double[]> steps = new java.util.TreeMap<>();
        for (io.micrometer.core.instrument.Timer timer : meters.find("tourism.footfall.aggregation").timers()) {
            steps.put(timer.getId().getTag("step"), new double[] {timer.count(),
                    timer.totalTime(java.util.concurrent.TimeUnit.MILLISECONDS)});
        }
        return steps;
    }

    /** Kafka's own producer benchmark in a child JVM, same broker, same kind of records. */
    private static void producerPerformance(String classpath, String bootstrap, int records) throws Exception {
        java.nio.file.Path payloads = java.nio.file.Files.createTempFile("readings", ".txt");
        StringBuilder lines = new StringBuilder();
        Instant at = Instant.parse("2024-10-01T01:15:00.123Z");
        for (int i = 0; i < 1000; i++) {
            String site = SITES[i % 6];
            lines.append("{\"source\":\"").append(site).append("-GATE-1\",\"site\":\"").append(site)
                    .append("\",\"timestamp\":\"").append(at.plusMillis(i * 137L)).append("\",\"in\":")
                    .append(i % 7).append(",\"out\":").append(i % 3).append("}\n");
        }
        java.nio.file.Files.writeString(payloads, lines);
        String javaBin = java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(javaBin, "-Xmx512m", "-cp", classpath,
                "org.apache.kafka.tools.ProducerPerformance", "--topic", "bench-producer-performance",
                "--num-records", String.valueOf(records), "--payload-file", payloads.toString(), "--throughput", "-1",
                "--producer-props", "bootstrap.servers=" + bootstrap, "acks=all", "enable.idempotence=true",
                "linger.ms=5", "batch.size=262144", "compression.type=lz4")
                .redirectErrorStream(true).start();
        String last = null;
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream()))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.contains("records sent")) {
                    last = line;
                }
            }
        }
        process.waitFor();
        System.out.println("Kafka ProducerPerformance (kafka-tools, acks=all, lz4, same payloads): " + last);
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
