package cn.gov.zhushan.plan.local.process;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Ends a group of processes together: their descendants first, then polite termination (SIGTERM,
 * so Spring and Kafka shut down cleanly), then a forced kill for whatever still runs after the grace time.
 */
public final class Stopper {

    private Stopper() {
    }

    public static void stop(List<ProcessHandle> group, long graceSeconds) {
        List<ProcessHandle> all = new ArrayList<>();
        for (ProcessHandle process : group) {
            process.descendants().forEach(all::add);
        }
        all.addAll(group);
        all.forEach(ProcessHandle::destroy);
        CompletableFuture<?>[] exits = all.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(exits).get(graceSeconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception timeout) {
            // fall through to the forced kill
        }
        all.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }
}
