package cn.gov.zhushan.plan.livelihood.operations;

import java.time.Instant;
import java.util.Map;

/**
 * Runs the operations of one or more kinds. {@link #run} must be safe to call again for the same operation
 * after a crash at any point (the worker resumes an operation whose lease expired), and it must never pay
 * or write anything twice. Throw a platform business exception (409/422) to fail the operation for good;
 * any other exception is retried.
 */
public interface OperationHandler {

    boolean handles(String kind);

    Outcome run(Operation operation, Progress progress);

    /** Reports progress and renews the lease; false once the lease was lost (another worker took over): stop. */
    interface Progress {
        boolean report(long done, long toDo, long failures);
    }

    sealed interface Outcome {
    }

    /** Finished: the result to show. */
    record Done(Map<String, Object> result) implements Outcome {
    }

    /** Not now (e.g. a concurrent transfer is still in flight): queue the operation again for this instant. */
    record RunAgainAt(Instant notBefore) implements Outcome {
    }
}
