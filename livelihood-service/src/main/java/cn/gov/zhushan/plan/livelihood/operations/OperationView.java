package cn.gov.zhushan.plan.livelihood.operations;

import java.net.URI;
import java.time.Instant;
import java.util.Map;

/**
 * An operation as the API shows it (without its lease and keys).
 *
 * @param done     units done of {@code toDo} (payments written when drafting, paid or refused when distributing)
 * @param failures payments the payout channel refused
 */
public record OperationView(String id, String kind, String cycleId, Operation.State state, String requestedBy,
                            long done, long toDo, long failures, Map<String, Object> result, String error,
                            Instant createdAt, Instant startedAt, Instant finishedAt) {

    public static OperationView of(Operation o) {
        return new OperationView(o.id(), o.kind(), o.cycleId(), o.state(), o.requestedBy(), o.done(), o.toDo(),
                o.failures(), o.result(), o.error(), o.createdAt(), o.startedAt(), o.finishedAt());
    }

    public URI location() {
        return URI.create(Operations.PATH + id);
    }
}
