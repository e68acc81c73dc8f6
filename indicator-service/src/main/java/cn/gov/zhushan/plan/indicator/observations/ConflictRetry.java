package cn.gov.zhushan.plan.indicator.observations;

import java.util.function.Supplier;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Re-runs a read-modify-write of one document when another write got there first (the {@code @Version} check
 * failed, or a concurrent first write created it). The outbox relay removes published events from the same
 * documents concurrently, so a conflict is expected now and then and is no reason to fail the caller.
 */
public final class ConflictRetry {

    static final int ATTEMPTS = 5;

    private ConflictRetry() {
    }

    public static <T> T run(Supplier<T> readModifyWrite) {
        for (int attempt = 1; ; attempt++) {
            try {
                return readModifyWrite.get();
            } catch (OptimisticLockingFailureException | DuplicateKeyException conflict) {
                if (attempt == ATTEMPTS) {
                    throw conflict;
                }
            }
        }
    }
}
