package cn.gov.zhushan.plan.livelihood.pii;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Moves every sealed value to the active key, in batches, in the background. It keeps no cursor: each batch
 * asks again for records not under the active key, so a restart (or a second instance running it at the same
 * time) simply continues, and conditional updates make a rewrite safe to repeat. Progress is the live count of
 * records still to move ({@code livelihood.pii.reencryption.remaining}) and the records moved
 * ({@code livelihood.pii.reencrypted}); the last run's status is also kept in MongoDB.
 */
@Component
public class PiiReencryptionJob {

    public enum State { IDLE, RUNNING, COMPLETED, FAILED }

    /** A run of the job; {@code remaining} is counted when the status is read. */
    public record Status(State state, String activeKey, String startedBy, String operator, Instant startedAt,
                         Instant finishedAt, long moved, long remainingTotal, Map<String, Long> remaining, String error) {
    }

    /** The last run as kept in MongoDB (one document). */
    record Run(String id, State state, String activeKey, String startedBy, String operator, Instant startedAt,
               Instant finishedAt, long moved, String error) {
    }

    private static final Logger log = LoggerFactory.getLogger(PiiReencryptionJob.class);
    private static final String RUNS = "pii_reencryption_runs";
    private static final String LAST = "last";
    /** Batches in a row that found records but moved none (they kept changing under it) before the run gives up. */
    private static final int MAX_IDLE_BATCHES = 5;

    private final PiiCipher cipher;
    private final List<SealedRecords> sealed;
    private final ReencryptionProperties properties;
    private final MongoTemplate mongo;
    private final Clock clock;
    private final Counter movedCounter;
    private final AtomicLong remainingGauge = new AtomicLong();
    private final AtomicReference<Run> current = new AtomicReference<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "pii-reencryption");
        thread.setDaemon(true);
        return thread;
    });

    public PiiReencryptionJob(PiiCipher cipher, List<SealedRecords> sealed, ReencryptionProperties properties,
                              MongoTemplate mongo, Clock clock, MeterRegistry meters) {
        this.cipher = cipher;
        this.sealed = List.copyOf(sealed);
        this.properties = properties;
        this.mongo = mongo;
        this.clock = clock;
        this.movedCounter = Counter.builder("livelihood.pii.reencrypted")
                .description("Records moved to the active personal-data key").register(meters);
        Gauge.builder("livelihood.pii.reencryption.remaining", remainingGauge, AtomicLong::get)
                .description("Records not yet under the active personal-data key, as last counted").register(meters);
    }

    /** Starts a run unless one is running here; returns the status either way. */
    public synchronized Status start(PersonalDataAccess by) {
        Run running = current.get();
        if (running == null || running.state() != State.RUNNING) {
            Run run = new Run(LAST, State.RUNNING, cipher.activeKeyId(), by.clientId(), by.operator(), Instant.now(clock),
                    null, 0, null);
            current.set(run);
            mongo.save(run, RUNS);
            worker.submit(this::run);
        }
        return status();
    }

    public Status status() {
        Run run = current.get();
        if (run == null) {
            run = mongo.findById(LAST, Run.class, RUNS);
        }
        Map<String, Long> remaining = new LinkedHashMap<>();
        for (SealedRecords records : sealed) {
            remaining.put(records.name(), records.countToMove(cipher));
        }
        long total = remaining.values().stream().mapToLong(Long::longValue).sum();
        remainingGauge.set(total);
        if (run == null) {
            return new Status(State.IDLE, cipher.activeKeyId(), null, null, null, null, 0, total, remaining, null);
        }
        return new Status(run.state(), run.activeKey(), run.startedBy(), run.operator(), run.startedAt(), run.finishedAt(),
                run.moved(), total, remaining, run.error());
    }

    private void run() {
        long moved = 0;
        try {
            for (SealedRecords records : sealed) {
                int idle = 0;
                while (records.countToMove(cipher) > 0) {
                    int batch = records.moveBatch(cipher, properties.batchSize());
                    moved += batch;
                    movedCounter.increment(batch);
                    progress(moved);
                    idle = batch == 0 ? idle + 1 : 0;
                    if (idle >= MAX_IDLE_BATCHES) {
                        throw new IllegalStateException(records.name() + ": records keep changing during re-encryption; run it again");
                    }
                }
            }
            finish(State.COMPLETED, moved, null);
        } catch (RuntimeException e) {
            log.error("Re-encryption to key {} stopped after {} records", cipher.activeKeyId(), moved, e);
            finish(State.FAILED, moved, e.getMessage());
        }
    }

    private void progress(long moved) {
        Run run = current.get();
        current.set(new Run(LAST, State.RUNNING, run.activeKey(), run.startedBy(), run.operator(), run.startedAt(), null,
                moved, null));
        remainingGauge.set(sealed.stream().mapToLong(r -> r.countToMove(cipher)).sum());
    }

    private synchronized void finish(State state, long moved, String error) {
        Run run = current.get();
        Run done = new Run(LAST, state, run.activeKey(), run.startedBy(), run.operator(), run.startedAt(), Instant.now(clock),
                moved, error);
        current.set(done);
        mongo.save(done, RUNS);
        remainingGauge.set(sealed.stream().mapToLong(r -> r.countToMove(cipher)).sum());
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
