package cn.gov.zhushan.plan.livelihood.operations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;

import cn.gov.zhushan.plan.platform.web.BusinessRuleException;
import cn.gov.zhushan.plan.platform.web.ConflictException;
import cn.gov.zhushan.plan.platform.web.NotFoundException;

/**
 * Polls the {@code operations} collection and runs what it claims. Each instance has its own owner id, so
 * replicas share the queue through the claims alone. A business rule broken by the time the operation runs
 * fails it; anything else (the store away for a moment) queues it again with a growing delay, up to
 * {@link OperationProperties#maxAttempts()} claims.
 */
@Component
class OperationWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OperationWorker.class);

    private final Operations operations;
    private final List<OperationHandler> handlers;
    private final OperationProperties properties;
    private final Clock clock;
    private final String owner = "worker-" + UUID.randomUUID();
    private final AtomicInteger busy = new AtomicInteger();
    private ScheduledExecutorService executor;
    private volatile boolean running;

    OperationWorker(Operations operations, List<OperationHandler> handlers, OperationProperties properties, Clock clock) {
        this.operations = operations;
        this.handlers = handlers;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void start() {
        AtomicInteger threads = new AtomicInteger();
        executor = Executors.newScheduledThreadPool(properties.workers(), r -> {
            Thread thread = new Thread(r, "operations-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        running = true;
        long every = properties.pollInterval().toMillis();
        for (int i = 0; i < properties.workers(); i++) {
            executor.scheduleWithFixedDelay(this::drain, every, every, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void stop() {
        running = false;
        executor.shutdownNow();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Looks for work now instead of at the next poll. */
    @EventListener
    void wake(Operations.Queued queued) {
        if (running && busy.get() < properties.workers()) {
            try {
                executor.execute(this::drain);
            } catch (RuntimeException rejected) {
                // shutting down: the next instance's poll finds it
            }
        }
    }

    /** Runs claimed operations until none is due; never lets an exception end the scheduled task. */
    private void drain() {
        busy.incrementAndGet();
        try {
            Operation operation;
            while (running && (operation = operations.claim(owner)) != null) {
                runOne(operation);
            }
        } catch (RuntimeException e) {
            log.warn("Operations poll failed: {}", e.toString());
        } finally {
            busy.decrementAndGet();
        }
    }

    private void runOne(Operation operation) {
        OperationHandler handler = handlers.stream().filter(h -> h.handles(operation.kind())).findFirst().orElse(null);
        if (handler == null) {
            operations.fail(operation.id(), owner, "No handler for operations of kind " + operation.kind() + ".");
            return;
        }
        try {
            OperationHandler.Outcome outcome = handler.run(operation,
                    (done, toDo, failures) -> operations.report(operation.id(), owner, done, toDo, failures));
            if (outcome instanceof OperationHandler.Done done) {
                operations.succeed(operation.id(), owner, done.result());
            } else if (outcome instanceof OperationHandler.RunAgainAt later) {
                operations.requeue(operation.id(), owner, later.notBefore());
            }
        } catch (LeaseLostException lost) {
            log.info("Operation {} was taken over by another worker", operation.id());
        } catch (BusinessRuleException | ConflictException | NotFoundException broken) {
            operations.fail(operation.id(), owner, broken.getMessage());
        } catch (RuntimeException e) {
            if (e instanceof ErrorResponse || operation.attempts() >= properties.maxAttempts()) {
                log.warn("Operation {} ({} {}) failed", operation.id(), operation.kind(), operation.cycleId(), e);
                operations.fail(operation.id(), owner, e instanceof ErrorResponse response
                        ? response.getBody().getDetail() : "Internal error: " + e.getClass().getSimpleName());
            } else {
                Duration backoff = Duration.ofSeconds(1L << Math.min(operation.attempts(), 6));
                log.warn("Operation {} ({} {}) will be retried in {}: {}", operation.id(), operation.kind(),
                        operation.cycleId(), backoff, e.toString());
                operations.requeue(operation.id(), owner, Instant.now(clock).plus(backoff));
            }
        }
    }
}
