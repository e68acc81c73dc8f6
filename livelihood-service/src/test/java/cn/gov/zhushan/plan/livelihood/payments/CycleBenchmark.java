package cn.gov.zhushan.plan.livelihood.payments;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;

import cn.gov.zhushan.plan.livelihood.LivelihoodServiceApplication;
import cn.gov.zhushan.plan.livelihood.enrollment.Enrollment;
import cn.gov.zhushan.plan.livelihood.operations.Operation;
import cn.gov.zhushan.plan.livelihood.operations.Operations;
import cn.gov.zhushan.plan.platform.test.TestBackends;
import cn.gov.zhushan.plan.platform.test.TestTokens;

/**
 * Not a test: drafts and distributes one cycle of a city-sized program (default 100,000 beneficiaries of
 * EXTREME_POVERTY) through the real service beans and background operations, against the test backends
 * (mongo-java-server in memory and an embedded Kafka broker unless Docker runs), and prints the time and the
 * store round trips (MongoDB commands sent) of each step. Run from the repository root:
 * <pre>
 * ./mvnw -o -q -pl livelihood-service -am test-compile
 * ./mvnw -o -q -pl livelihood-service exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=cn.gov.zhushan.plan.livelihood.payments.CycleBenchmark -Dexec.args=100000
 * </pre>
 * The embedded store has no secondary indexes (it ignores them), so every query on a cycle's payments scans
 * the collection: the times are an upper bound; the round trips are what a real MongoDB would see.
 */
public final class CycleBenchmark {

    static final AtomicLong COMMANDS = new AtomicLong();
    /** Per command name: count and milliseconds in the store, since the last step was printed. */
    static final Map<String, long[]> BY_COMMAND = new java.util.concurrent.ConcurrentSkipListMap<>();

    @Configuration(proxyBeanMethods = false)
    static class CountCommands {
        @Bean
        MongoClientSettingsBuilderCustomizer countCommands() {
            return settings -> settings.addCommandListener(new CommandListener() {
                @Override
                public void commandStarted(CommandStartedEvent event) {
                    COMMANDS.incrementAndGet();
                }

                @Override
                public void commandSucceeded(com.mongodb.event.CommandSucceededEvent event) {
                    long[] figures = BY_COMMAND.computeIfAbsent(event.getCommandName(), name -> new long[2]);
                    synchronized (figures) {
                        figures[0]++;
                        figures[1] += event.getElapsedTime(java.util.concurrent.TimeUnit.MILLISECONDS);
                    }
                }
            });
        }
    }

    private CycleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int beneficiaries = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        TestBackends backends = TestBackends.get();
        TestTokens tokens = TestTokens.get();
        // system properties: they win over the test classpath's config/application.yml (its batch size is 7)
        Map.of("server.port", "0",
                "eureka.client.enabled", "false",
                "spring.mongodb.uri", backends.mongoUri(),
                "spring.kafka.bootstrap-servers", backends.kafkaBootstrapServers(),
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri", tokens.jwksUri(),
                "livelihood.payments.batch-size", System.getProperty("batch-size", "1000"),
                "livelihood.operations.poll-interval", "1s",
                "logging.level.root", "WARN").forEach(System::setProperty);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(LivelihoodServiceApplication.class,
                CountCommands.class).run()) {
            MongoTemplate mongo = context.getBean(MongoTemplate.class);
            PaymentCycles cycles = context.getBean(PaymentCycles.class);
            Operations operations = context.getBean(Operations.class);
            String program = "EXTREME_POVERTY"; // no person documents here: the care subsidy would need their disability grade
            YearMonth period = YearMonth.of(2021, 1 + (int) (System.currentTimeMillis() % 12));
            System.out.printf("store: %s; %,d beneficiaries of %s, cycle %s%n", backends.mode(), beneficiaries, program, period);

            long t0 = System.nanoTime();
            long c0 = COMMANDS.get();
            List<Enrollment> batch = new ArrayList<>();
            for (int i = 0; i < beneficiaries; i++) {
                batch.add(new Enrollment(UUID.randomUUID().toString(), program, program, null, "bench-" + UUID.randomUUID(),
                        Instant.parse("2020-12-01T00:00:00Z"), "benchmark")); // before the cycle's month: paid for it
                if (batch.size() == 5000 || i == beneficiaries - 1) {
                    mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Enrollment.class).insert(batch).execute();
                    batch.clear();
                }
            }
            step("seed enrollments (not part of the cycle)", t0, c0, null);

            t0 = System.nanoTime();
            c0 = COMMANDS.get();
            Operation draft = cycles.requestDraft(program, period, "civil-affairs", null);
            step("POST /cycles answered (202)", t0, c0, null);
            step("draft operation finished", t0, c0, awaitDone(operations, draft.id()));
            String cycleId = draft.cycleId();

            t0 = System.nanoTime();
            c0 = COMMANDS.get();
            cycles.approve(cycleId, "finance-bureau");
            step("approve (synchronous)", t0, c0, null);

            t0 = System.nanoTime();
            c0 = COMMANDS.get();
            Operation distribution = cycles.requestDistribute(cycleId, "finance-bureau", null);
            step("POST /distribute answered (202)", t0, c0, null);
            step("distribution operation finished", t0, c0, awaitDone(operations, distribution.id()));

            t0 = System.nanoTime();
            c0 = COMMANDS.get();
            Operation reconciliation = cycles.requestReconcile(cycleId, "finance-bureau", null);
            step("reconciliation operation finished", t0, c0, awaitDone(operations, reconciliation.id()));
        }
        System.exit(0);
    }

    /** Polls every 200 ms; the polls are counted as round trips too (a few per second). */
    private static Operation awaitDone(Operations operations, String id) throws InterruptedException {
        while (true) {
            Operation operation = operations.get(id);
            if (operation.finished()) {
                return operation;
            }
            Thread.sleep(200);
        }
    }

    private static void step(String what, long startNanos, long startCommands, Operation operation) {
        System.out.printf("%-42s %8.2f s %8d store round trips%s%n", what,
                Duration.ofNanos(System.nanoTime() - startNanos).toMillis() / 1000.0, COMMANDS.get() - startCommands,
                operation == null ? "" : String.format("   [%s done %,d / %,d, failures %d, result %s]", operation.state(),
                        operation.done(), operation.toDo(), operation.failures(), operation.result()));
        if (operation != null) {
            System.out.println("    by command (count, ms in the store): " + BY_COMMAND.entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()[0] + " / " + e.getValue()[1] + " ms").toList());
        }
        if (operation != null || what.startsWith("seed")) {
            BY_COMMAND.clear();
        }
    }
}
