package cn.gov.zhushan.plan.platform.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Two "replicas" (two application contexts, each with its own client) share one embedded store: a job
 * marked {@code @SchedulerLock} runs on one of them per lock period, and again once the lock has expired.
 */
class SchedulerLockIT {

    static MongoServer mongoServer;
    static String uri;

    @BeforeAll
    static void start() {
        mongoServer = new MongoServer(new MemoryBackend());
        mongoServer.bind(new InetSocketAddress("127.0.0.1", 0));
        uri = "mongodb://127.0.0.1:" + mongoServer.getLocalAddress().getPort();
    }

    @AfterAll
    static void stop() {
        mongoServer.shutdownNow();
    }

    private final ApplicationContextRunner replica = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SchedulerLockAutoConfiguration.class))
            .withUserConfiguration(Store.class, Jobs.class);

    @Test
    void aJobRunsOnOneReplicaPerLockPeriodAndAgainAfterItExpires() {
        replica.run(a -> replica.run(b -> {
            Jobs.Daily onA = a.getBean(Jobs.Daily.class);
            Jobs.Daily onB = b.getBean(Jobs.Daily.class);

            onA.run();
            onB.run();          // same period on the other replica: skipped
            onA.run();          // lockAtLeastFor also holds on the replica that ran it
            assertThat(onA.runs()).isEqualTo(1);
            assertThat(onB.runs()).isZero();

            Document lock = locks(a).find(new Document("_id", "platform-test.daily")).first();
            assertThat(lock).isNotNull();
            assertThat(lock.get("lockedBy")).isNotNull();
            assertThat(lock.getDate("lockUntil")).isAfter(lock.getDate("lockedAt"));

            // once lockAtLeastFor has passed, the next trigger on any replica runs it
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                    .until(() -> { onB.run(); return onB.runs() == 1; });
            assertThat(onA.runs()).isEqualTo(1);
        }));
    }

    @Test
    void whileOneReplicaRunsAJobTheOtherSkipsItThenRunsItAfterwards() throws Exception {
        replica.run(a -> replica.run(b -> {
            Jobs.Frequent onA = a.getBean(Jobs.Frequent.class);
            Jobs.Frequent onB = b.getBean(Jobs.Frequent.class);
            CountDownLatch hold = new CountDownLatch(1);
            onA.holdWith(hold);
            CompletableFuture<Void> running = CompletableFuture.runAsync(onA::run);
            await().atMost(Duration.ofSeconds(10)).until(() -> onA.runs() == 1);

            onB.run();          // at the same time: skipped, does not wait
            assertThat(onB.runs()).isZero();

            hold.countDown();
            running.get(10, TimeUnit.SECONDS);
            onB.run();          // lockAtLeastFor = 0: free as soon as the first run ended
            assertThat(onB.runs()).isEqualTo(1);
        }));
    }

    @Test
    void aCrashedHolderBlocksTheJobOnlyUntilLockAtMostFor() {
        replica.run(a -> replica.run(b -> {
            LockProvider providerA = a.getBean(LockProvider.class);
            LockProvider providerB = b.getBean(LockProvider.class);
            // both connections warmed up first: the lock below must not expire before B tries it
            providerA.lock(new LockConfiguration(Instant.now(), "platform-test.warm-up", Duration.ofSeconds(1), Duration.ZERO))
                    .ifPresent(SimpleLock::unlock);
            providerB.lock(new LockConfiguration(Instant.now(), "platform-test.warm-up", Duration.ofSeconds(1), Duration.ZERO))
                    .ifPresent(SimpleLock::unlock);
            LockConfiguration config = new LockConfiguration(Instant.now(), "platform-test.crash",
                    Duration.ofSeconds(3), Duration.ZERO);

            assertThat(providerA.lock(config)).isPresent(); // never unlocked: the holder "crashed"
            assertThat(providerB.lock(config)).isEmpty();

            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                    .until(() -> providerB.lock(new LockConfiguration(Instant.now(), "platform-test.crash",
                            Duration.ofSeconds(30), Duration.ZERO)).map(lock -> { lock.unlock(); return lock; }).isPresent());
        }));
    }

    @Test
    void turnedOffEveryReplicaRunsEveryTrigger() {
        replica.withPropertyValues("platform.scheduler-lock.enabled=false").run(a -> {
            assertThat(a).doesNotHaveBean(LockProvider.class);
            Jobs.Daily job = a.getBean(Jobs.Daily.class);
            job.run();
            job.run();
            assertThat(job.runs()).isEqualTo(2);
        });
    }

    @Test
    void aServiceMayReplaceTheLockProvider() {
        LockProvider own = configuration -> java.util.Optional.empty();
        replica.withBean(LockProvider.class, () -> own).run(a -> {
            assertThat(a.getBean(LockProvider.class)).isSameAs(own);
            Jobs.Daily job = a.getBean(Jobs.Daily.class);
            job.run();          // never granted: never runs
            assertThat(job.runs()).isZero();
        });
    }

    private static com.mongodb.client.MongoCollection<Document> locks(ConfigurableApplicationContext context) {
        return context.getBean(MongoTemplate.class).getCollection(SchedulerLockAutoConfiguration.COLLECTION);
    }

    @Configuration(proxyBeanMethods = false)
    static class Store {
        @Bean(destroyMethod = "close")
        MongoClient mongoClient() {
            return MongoClients.create(uri);
        }

        @Bean
        MongoTemplate mongoTemplate(MongoClient client) {
            return new MongoTemplate(client, "locks");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Jobs {
        @Bean
        Daily daily() {
            return new Daily();
        }

        @Bean
        Frequent frequent() {
            return new Frequent();
        }

        // state is read through methods: the fields of a class-based proxy are not the target's
        public static class Daily {
            private final AtomicInteger runs = new AtomicInteger();

            public int runs() {
                return runs.get();
            }

            @SchedulerLock(name = "platform-test.daily", lockAtMostFor = "PT1S", lockAtLeastFor = "PT1S")
            public void run() {
                runs.incrementAndGet();
            }
        }

        public static class Frequent {
            private final AtomicInteger runs = new AtomicInteger();
            private volatile CountDownLatch hold = new CountDownLatch(0);

            public int runs() {
                return runs.get();
            }

            public void holdWith(CountDownLatch latch) {
                hold = latch;
            }

            @SchedulerLock(name = "platform-test.frequent", lockAtMostFor = "PT30S")
            public void run() {
                runs.incrementAndGet();
                try {
                    hold.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
