package cn.gov.zhushan.plan.livelihood.operations;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A command that runs in the background (drafting, distributing or reconciling a payment cycle). A worker
 * claims it with a lease ({@code leaseOwner} until {@code leaseUntil}) by one conditional findAndModify, so
 * with several replicas one runs it, and after a crash another re-claims it once the lease has expired and
 * resumes it; the command itself must be safe to resume (the payments' claims make it so).
 *
 * @param activeKey  the natural key (kind + cycle) while QUEUED or RUNNING, unset once finished; unique, so a
 *                   second request while one is under way finds it instead of queuing another
 * @param requestKey the caller's {@code Idempotency-Key} (with the caller and the command), kept; unique
 * @param notBefore  a QUEUED operation is not claimed before this instant (waiting out a concurrent transfer,
 *                   or backing off after a transient error)
 * @param done       units of work done (payments written or paid), of {@code toDo}
 * @param failures   units that failed (payments the payout channel refused)
 * @param result     the outcome, e.g. the cycle's totals
 * @param error      why it FAILED
 */
@Document("operations")
public record Operation(@Id String id, String kind, String cycleId, State state, String requestedBy,
                        String activeKey, String requestKey, Instant createdAt, Instant startedAt, Instant finishedAt,
                        String leaseOwner, Instant leaseUntil, Instant notBefore, int attempts, long done, long toDo,
                        long failures, Map<String, Object> result, String error) {

    public enum State { QUEUED, RUNNING, SUCCEEDED, FAILED }

    public boolean finished() {
        return state == State.SUCCEEDED || state == State.FAILED;
    }
}
