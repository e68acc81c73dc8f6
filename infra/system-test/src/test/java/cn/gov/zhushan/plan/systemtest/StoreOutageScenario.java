package cn.gov.zhushan.plan.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;

/**
 * The store stops for about two minutes while projects report progress and counters send footfall: consumers
 * must wait for it (transient failures), not dead-letter good records. Afterwards every dead-letter topic has
 * gained nothing, and the indicator read model and the footfall windows are exact.
 */
final class StoreOutageScenario {

    /** How long the store stays down: longer than any retry budget the consumers had before. */
    static final Duration OUTAGE = Duration.ofSeconds(Long.getLong("system-test.store-outage-seconds", 120));
    static final String SITE = "TAOYANGLI";
    static final List<String> SOURCES = List.of("TAOYANGLI-GATE-1", "TAOYANGLI-GATE-2");

    private final PlatformSystemIT it;
    private final SystemStack stack;
    private final Api api;

    StoreOutageScenario(PlatformSystemIT it) {
        this.it = it;
        this.stack = PlatformSystemIT.stack;
        this.api = PlatformSystemIT.api;
    }

    void run() throws Exception {
        PlatformSystemIT.Workload work = PlatformSystemIT.Workload.of("ST" + PlatformSystemIT.run + "-S", 10, 12);
        work.projects().forEach(it::registerUnderConstruction);
        Footfall footfall = new Footfall(Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(30)));
        Map<LocalDate, Long> before = footfall.daysNow();
        long deadLettersBefore = deadLetters();

        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger retries = new AtomicInteger();
        List<String> failures = new CopyOnWriteArrayList<>();
        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Future<?>> done = work.submit(writers, this::reportUntilAccepted, accepted, retries, failures);
        await().atMost(Duration.ofSeconds(120)).until(() -> accepted.get() >= 30);
        footfall.send(40);

        long stopAt = System.nanoTime();
        stack.stop(SystemStack.STORE);
        long storeDown = System.nanoTime();
        int acceptedAtStop = accepted.get();
        // counters keep sending while the store is away: ingestion only needs the broker
        while (System.nanoTime() - storeDown < OUTAGE.toNanos()) {
            footfall.send(20);
            Thread.sleep(10_000);
        }
        int acceptedWhileDown = accepted.get() - acceptedAtStop;
        stack.start(SystemStack.STORE);
        stack.awaitUp(SystemStack.STORE, 120);
        long storeUp = System.nanoTime();

        for (Future<?> future : done) {
            future.get(600, TimeUnit.SECONDS);
        }
        writers.shutdown();
        assertThat(failures).as("writes refused for good").isEmpty();
        PlatformSystemIT.Outcome outcome = it.awaitDelivered(work, 600);
        long footfallExactAt = footfall.awaitCounted(before, 600);
        PlatformSystemIT.awaitIndicatorCaughtUp(300);
        long deadLettersAfter = deadLetters();

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("store down for", Figures.seconds(storeUp - storeDown));
        figures.put("  store stop took", Figures.seconds(storeDown - stopAt));
        figures.put("progress writes sent / accepted", work.size() + " / " + accepted.get());
        figures.put("  accepted while the store was down", acceptedWhileDown);
        figures.put("  retried writes (no answer, 429, 5xx)", retries.get());
        figures.put("footfall readings sent (HTTP, accepted) / ingest answers", footfall.sent + " / " + footfall.statuses);
        figures.put("records on every -dlt topic, before / after", deadLettersBefore + " / " + deadLettersAfter);
        figures.put("transient consumer failures: indicator / tourism",
                (long) PlatformSystemIT.metric(SystemStack.INDICATOR, "platform_consumer_failures_total", "kind=\"transient\"")
                        + " / " + (long) PlatformSystemIT.metric(SystemStack.TOURISM, "platform_consumer_failures_total",
                        "kind=\"transient\""));
        figures.put("store back -> footfall windows exact", Figures.seconds(Math.max(0, footfallExactAt - storeUp)));
        outcome.report(figures, storeUp);
        Figures.print("SCENARIO 8: store outage (" + OUTAGE.toSeconds() + " s)", figures);

        assertThat(deadLettersAfter - deadLettersBefore).as("records dead-lettered during the store outage").isZero();
        outcome.assertExactlyOnce();
    }

    /** PUT progress is idempotent by project and month: retried until accepted, however long the store is away. */
    private Api.Reply reportUntilAccepted(String code, String month, BigDecimal amount, AtomicInteger retries) {
        long deadline = System.nanoTime() + OUTAGE.toNanos() + Duration.ofMinutes(5).toNanos();
        Api.Reply reply = it.reportWithRetry(code, month, amount, retries);
        while (reply.status() != 200 && System.nanoTime() < deadline) {
            sleep(2000);
            reply = it.reportWithRetry(code, month, amount, retries);
        }
        return reply;
    }

    /** Sum of the end offsets of every dead-letter topic on the broker. */
    private long deadLetters() throws Exception {
        try (Admin admin = PlatformSystemIT.admin()) {
            Set<String> topics = admin.listTopics().names().get().stream().filter(name -> name.endsWith("-dlt"))
                    .collect(Collectors.toSet());
            if (topics.isEmpty()) {
                return 0;
            }
            Set<TopicPartition> partitions = new java.util.HashSet<>();
            admin.describeTopics(topics).allTopicNames().get().forEach((name, description) -> {
                for (TopicPartitionInfo partition : description.partitions()) {
                    partitions.add(new TopicPartition(name, partition.partition()));
                }
            });
            return PlatformSystemIT.endOffsets(admin, partitions).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Counter readings of one site, each at its own second (no two deduped), and what they should add up to. */
    private final class Footfall {

        private Instant next;
        private final Map<LocalDate, Long> expected = new TreeMap<>();
        private final List<Integer> statuses = new ArrayList<>();
        private int sent;

        Footfall(Instant start) {
            this.next = start;
        }

        void send(int readings) {
            StringBuilder body = new StringBuilder("{\"readings\":[");
            Map<LocalDate, Long> batch = new TreeMap<>();
            for (int i = 0; i < readings; i++) {
                long in = 3 + i % 7;
                String timestamp = next.atZone(PlatformSystemIT.DISTRICT).toOffsetDateTime().toString();
                body.append(i == 0 ? "" : ",").append("{\"source\":\"").append(SOURCES.get(i % 2))
                        .append("\",\"site\":\"").append(SITE).append("\",\"timestamp\":\"").append(timestamp)
                        .append("\",\"in\":").append(in).append(",\"out\":1}");
                batch.merge(LocalDate.ofInstant(next, PlatformSystemIT.DISTRICT), in, Long::sum);
                next = next.plusSeconds(1);
            }
            body.append("]}");
            Api.Reply reply = api.post(Clients.CULTURE_TOURISM, "/api/v1/tourism/footfall/readings", body.toString());
            for (int attempt = 0; attempt < 10 && reply.status() != 202; attempt++) {
                sleep(1000);
                reply = api.post(Clients.CULTURE_TOURISM, "/api/v1/tourism/footfall/readings", body.toString());
            }
            statuses.add(reply.status());
            assertThat(reply.status()).as("footfall ingest " + reply).isEqualTo(202);
            assertThat(reply.json().path("accepted").asInt()).as("readings accepted " + reply).isEqualTo(readings);
            batch.forEach((day, in) -> expected.merge(day, in, Long::sum));
            sent += readings;
        }

        Map<LocalDate, Long> daysNow() {
            Map<LocalDate, Long> now = new TreeMap<>();
            LocalDate first = LocalDate.ofInstant(next, PlatformSystemIT.DISTRICT);
            for (LocalDate day = first; !day.isAfter(first.plusDays(1)); day = day.plusDays(1)) {
                now.put(day, dayIn(day));
            }
            return now;
        }

        /** Until each day's total grew by exactly what was sent; returns when. */
        long awaitCounted(Map<LocalDate, Long> before, int seconds) {
            await("footfall of " + SITE + " grows by " + expected).atMost(Duration.ofSeconds(seconds))
                    .pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                    .until(() -> expected.entrySet().stream().allMatch(e ->
                            dayIn(e.getKey()) - before.getOrDefault(e.getKey(), 0L) == e.getValue()));
            long at = System.nanoTime();
            for (Map.Entry<LocalDate, Long> e : expected.entrySet()) {
                assertThat(dayIn(e.getKey()) - before.getOrDefault(e.getKey(), 0L)).as("footfall on " + e.getKey())
                        .isEqualTo(e.getValue());
            }
            return at;
        }

        private long dayIn(LocalDate day) {
            Api.Reply reply = api.get(Clients.DASHBOARD, "/api/v1/tourism/footfall/sites/" + SITE + "/days?from=" + day
                    + "&to=" + day);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            return reply.json().path("windows").path(0).path("in").asLong();
        }
    }
}
