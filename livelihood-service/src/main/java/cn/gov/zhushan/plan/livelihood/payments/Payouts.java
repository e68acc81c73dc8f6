package cn.gov.zhushan.plan.livelihood.payments;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import cn.gov.zhushan.plan.livelihood.operations.LeaseLostException;
import cn.gov.zhushan.plan.livelihood.operations.OperationHandler;

/**
 * Takes payments to the payout channel. Only the caller whose conditional update moved a payment to PAYING
 * transfers it, so a payment is never taken to the channel by two callers at once; a background operation
 * claims under its own id ({@code claim}), so after a crash it finds the payments it had claimed but not
 * recorded, and transfers them again under the same payment id (the channel answers the first transfer's
 * outcome, see {@link PayoutChannel}) instead of leaving them to reconciliation.
 */
@Component
class Payouts {

    /** Done and refused so far; refused ones are FAILED with a reason. */
    record Count(long done, long failures) {
        static final Count NONE = new Count(0, 0);

        Count plus(long done, long failures) {
            return new Count(this.done + done, this.failures + failures);
        }
    }

    private final MongoTemplate mongo;
    private final PayoutChannel payout;
    private final Clock clock;
    private final PaymentProperties properties;

    Payouts(MongoTemplate mongo, PayoutChannel payout, Clock clock, PaymentProperties properties) {
        this.mongo = mongo;
        this.payout = payout;
        this.clock = clock;
        this.properties = properties;
    }

    /** Claims one payment (one caller wins the conditional update), transfers, records the outcome. */
    void pay(String paymentId, Payment.Status from) {
        Payment claimed = mongo.findAndModify(
                Query.query(Criteria.where("_id").is(paymentId).and("status").is(from)),
                new Update().set("status", Payment.Status.PAYING).set("claimedAt", Instant.now(clock)).unset("claim")
                        .inc("attempts", 1),
                FindAndModifyOptions.options().returnNew(true), Payment.class);
        if (claimed == null) {
            return; // paid, being paid, or failed by someone else
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(paymentId).and("status").is(Payment.Status.PAYING)),
                outcome(payout.transfer(claimed), Instant.now(clock)), Payment.class);
    }

    /** Payments of the cycle this operation claimed and has not recorded yet (left by a crash), plus those {@code which} selects. */
    long toDo(String cycleId, String claim, List<Criteria> which) {
        long count = mongo.count(Query.query(mine(cycleId, claim)), Payment.class);
        for (Criteria criteria : which) {
            count += mongo.count(Query.query(notMine(cycleId, claim, criteria)), Payment.class);
        }
        return count;
    }

    /** Payments of the cycle this operation has already settled (PAID or FAILED under its claim): its progress before a crash. */
    Count settledBy(String cycleId, String claim) {
        long paid = mongo.count(Query.query(Criteria.where("cycleId").is(cycleId).and("claim").is(claim)
                .and("status").is(Payment.Status.PAID)), Payment.class);
        long failed = mongo.count(Query.query(Criteria.where("cycleId").is(cycleId).and("claim").is(claim)
                .and("status").is(Payment.Status.FAILED)), Payment.class);
        return new Count(paid + failed, failed);
    }

    /**
     * Pays, batch by batch, first what this operation claimed before a crash, then every payment of the cycle
     * that {@code which} selects and this operation has not handled yet. Per batch: one find of the batch's
     * last id, one conditional multi-update to claim the batch (a payment another caller took first is not claimed), one find
     * of the claimed batch, the channel's batch transfer, one conditional update per distinct outcome, and a
     * progress report that renews the lease (lost: stop at once, the new holder carries on).
     */
    Count payAll(String cycleId, String claim, List<Criteria> which, Count sofar, long toDo,
                 OperationHandler.Progress progress) {
        Count count = transfer(cycleId, claim, sofar, toDo, progress);
        for (Criteria criteria : which) {
            while (true) {
                // the batch is a range of ids: everything selected up to the batchSize-th id (none beyond it
                // when fewer are left), so neither the claim nor the store needs a list of ids
                Query boundary = Query.query(notMine(cycleId, claim, criteria)).with(Sort.by("_id"))
                        .skip(properties.batchSize() - 1L).limit(1);
                boundary.fields().include("_id");
                org.bson.Document last = mongo.findOne(boundary, org.bson.Document.class, "payments");
                Criteria batch = last == null ? notMine(cycleId, claim, criteria)
                        : new Criteria().andOperator(notMine(cycleId, claim, criteria), Criteria.where("_id").lte(last.get("_id")));
                long claimed = mongo.updateMulti(Query.query(batch), new Update().set("status", Payment.Status.PAYING)
                        .set("claim", claim).set("claimedAt", Instant.now(clock)).inc("attempts", 1), Payment.class)
                        .getModifiedCount();
                if (claimed == 0 && !mongo.exists(Query.query(notMine(cycleId, claim, criteria)), Payment.class)) {
                    break;
                }
                count = transfer(cycleId, claim, count, toDo, progress);
            }
        }
        return count;
    }

    /** Transfers what this operation holds PAYING, records the outcomes, reports. */
    private Count transfer(String cycleId, String claim, Count count, long toDo, OperationHandler.Progress progress) {
        List<Payment> claimed = mongo.find(Query.query(mine(cycleId, claim)), Payment.class);
        if (claimed.isEmpty()) {
            return count;
        }
        Map<String, String> failures = payout.transferAll(claimed);
        Instant now = Instant.now(clock);
        // one conditional multi-update per outcome (key null: paid; else the failure's reason), not one per payment
        // (the paid ones as "all of the batch but the failed", failures being few)
        Map<String, List<String>> failedFor = new HashMap<>();
        claimed.stream().filter(p -> failures.get(p.id()) != null)
                .forEach(p -> failedFor.computeIfAbsent(failures.get(p.id()), k -> new ArrayList<>()).add(p.id()));
        List<String> failed = failedFor.values().stream().flatMap(List::stream).toList();
        mongo.updateMulti(Query.query(new Criteria().andOperator(mine(cycleId, claim), Criteria.where("_id").nin(failed))),
                outcome(null, now), Payment.class);
        failedFor.forEach((reason, ids) -> mongo.updateMulti(Query.query(new Criteria().andOperator(mine(cycleId, claim),
                Criteria.where("_id").in(ids))), outcome(reason, now), Payment.class));
        Count after = count.plus(claimed.size(), claimed.stream().filter(p -> failures.get(p.id()) != null).count());
        if (!progress.report(after.done(), Math.max(toDo, after.done()), after.failures())) {
            throw new LeaseLostException(claim);
        }
        return after;
    }

    private static Criteria mine(String cycleId, String claim) {
        return Criteria.where("cycleId").is(cycleId).and("claim").is(claim).and("status").is(Payment.Status.PAYING);
    }

    private static Criteria notMine(String cycleId, String claim, Criteria which) {
        return new Criteria().andOperator(Criteria.where("cycleId").is(cycleId), Criteria.where("claim").ne(claim), which);
    }

    private static Update outcome(String failure, Instant now) {
        return failure == null
                ? new Update().set("status", Payment.Status.PAID).set("paidAt", now).unset("failureReason")
                : new Update().set("status", Payment.Status.FAILED).set("failureReason", failure);
    }
}
