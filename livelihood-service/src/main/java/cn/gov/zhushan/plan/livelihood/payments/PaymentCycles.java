package cn.gov.zhushan.plan.livelihood.payments;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

import cn.gov.zhushan.plan.livelihood.enrollment.Enrollment;
import cn.gov.zhushan.plan.livelihood.enrollment.EnrollmentRepository;
import cn.gov.zhushan.plan.livelihood.enrollment.EnrollmentService;
import cn.gov.zhushan.plan.livelihood.programs.BenefitRule;
import cn.gov.zhushan.plan.livelihood.programs.SubsidyProgram;
import cn.gov.zhushan.plan.livelihood.programs.SubsidyProgramRepository;
import cn.gov.zhushan.plan.livelihood.registry.Household;
import cn.gov.zhushan.plan.livelihood.registry.HouseholdRepository;
import cn.gov.zhushan.plan.platform.data.MongoLookups;
import cn.gov.zhushan.plan.platform.events.DomainEvents;
import cn.gov.zhushan.plan.platform.events.PendingEvent;
import cn.gov.zhushan.plan.platform.web.BusinessRuleException;
import cn.gov.zhushan.plan.platform.web.ConflictException;
import cn.gov.zhushan.plan.platform.web.NotFoundException;

/**
 * Payment cycles. Nobody is paid twice because (1) there is one payment document per program,
 * beneficiary and month (unique index), and (2) only the caller whose conditional update moved a payment
 * to PAYING talks to the payout channel. Re-running a step, or running it concurrently, finds nothing left
 * to claim. Cycle state changes are conditional too, so each cycle's event is written exactly once.
 */
@Service
public class PaymentCycles {

    public static final Map<String, String> EXTENSIONS = Map.of("dataclassification", "aggregated-no-personal-data");

    private static final String CYCLES = "payment_cycles";
    private static final int DUPLICATE_KEY = 11000;

    private final MongoTemplate mongo;
    private final SubsidyProgramRepository programs;
    private final EnrollmentRepository enrollments;
    private final HouseholdRepository households;
    private final PayoutChannel payout;
    private final DomainEvents events;
    private final Clock clock;
    private final PaymentProperties properties;

    public PaymentCycles(MongoTemplate mongo, SubsidyProgramRepository programs, EnrollmentRepository enrollments,
                         HouseholdRepository households, PayoutChannel payout, DomainEvents events, Clock clock,
                         PaymentProperties properties) {
        this.mongo = mongo;
        this.programs = programs;
        this.enrollments = enrollments;
        this.households = households;
        this.payout = payout;
        this.events = events;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * Computes the entitlements of the program's enrolled members for the month and opens the draft.
     * Payments are written before the cycle, so a crash in between is repaired by creating the draft again.
     */
    public PaymentCycle createDraft(String programCode, YearMonth period, String by) {
        SubsidyProgram program = programs.findById(programCode)
                .orElseThrow(() -> new BusinessRuleException("Unknown program " + programCode + "."));
        if (period.isAfter(YearMonth.now(clock.withZone(EnrollmentService.DISTRICT_TIME)))) {
            throw new BusinessRuleException("A payment cycle cannot be opened for a future month (" + period + ").");
        }
        String cycleId = PaymentCycle.idOf(programCode, period.toString());
        if (mongo.exists(Query.query(Criteria.where("_id").is(cycleId)), CYCLES)) {
            throw new ConflictException("The payment cycle " + cycleId + " already exists.");
        }
        insertNew(entitlements(program, period, cycleId));
        CycleTotals entitled = CycleTotals.of(payments(cycleId, null));
        PaymentCycle cycle = new PaymentCycle(cycleId, programCode, period.toString(), PaymentCycle.State.DRAFT, by,
                Instant.now(clock), null, null, null, null, null, entitled, CycleTotals.ZERO, 0, false, null);
        try {
            return mongo.insert(cycle);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("The payment cycle " + cycleId + " already exists.");
        }
    }

    /** One unordered bulk insert; a payment already there (a concurrent or interrupted earlier draft) is kept, never doubled. */
    private void insertNew(List<Payment> payments) {
        if (payments.isEmpty()) {
            return;
        }
        try {
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Payment.class).insert(payments).execute();
        } catch (BulkOperationException e) {
            if (e.getErrors().stream().anyMatch(error -> error.getCode() != DUPLICATE_KEY)) {
                throw e;
            }
        }
    }

    private List<Payment> entitlements(SubsidyProgram program, YearMonth period, String cycleId) {
        List<Enrollment> enrolled = enrollments.findByProgramCodeAndState(program.code(), Enrollment.State.ENROLLED);
        Map<String, Household> byId = new HashMap<>();
        households.findAllById(enrolled.stream().map(Enrollment::householdId).filter(Objects::nonNull).distinct().toList())
                .forEach(h -> byId.put(h.id(), h));
        List<Payment> result = new ArrayList<>();
        for (Enrollment e : enrolled) {
            Household household = e.householdId() == null ? null : byId.get(e.householdId());
            int persons = program.householdBased() ? (household == null ? 0 : household.members()) : 1;
            var amount = BenefitRule.monthlyEntitlement(program, persons,
                    household == null ? null : household.monthlyIncomePerCapita());
            if (persons > 0 && amount.signum() > 0) {
                result.add(new Payment(UUID.randomUUID().toString(), cycleId, program.code(), period.toString(),
                        e.beneficiaryKey(), e.id(), e.householdId(), persons, amount, Payment.Status.ENTITLED, 0, null, null));
            }
        }
        return result;
    }

    /** Four eyes: the client that created the draft cannot approve it (403). */
    public PaymentCycle approve(String cycleId, String by) {
        PaymentCycle cycle = get(cycleId);
        if (cycle.createdBy().equals(by)) {
            throw new ErrorResponseException(HttpStatus.FORBIDDEN, ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                    "A payment cycle must be approved by a different client than the one that created it."), null);
        }
        long changed = mongo.updateFirst(Query.query(Criteria.where("_id").is(cycleId).and("state").is(PaymentCycle.State.DRAFT)
                        .and("createdBy").ne(by)),
                new Update().set("state", PaymentCycle.State.APPROVED).set("approvedBy", by).set("approvedAt", Instant.now(clock)),
                PaymentCycle.class).getModifiedCount();
        if (changed == 0) {
            throw new ConflictException("Only a draft can be approved; " + cycleId + " is " + cycle.state() + ".");
        }
        return get(cycleId);
    }

    /** Pays every entitlement not yet taken; safe to call again or concurrently. */
    public PaymentCycle distribute(String cycleId, String by) {
        PaymentCycle cycle = get(cycleId);
        if (cycle.state() == PaymentCycle.State.DRAFT) {
            throw new ConflictException("The payment cycle " + cycleId + " must be approved before it is distributed.");
        }
        if (cycle.state() == PaymentCycle.State.RECONCILED) {
            return cycle;
        }
        payAll(cycleId, status(Payment.Status.ENTITLED));
        close(cycle, PaymentCycle.State.APPROVED, PaymentCycle.State.DISTRIBUTED, CycleDistributed.DISTRIBUTED,
                new Update().set("distributedBy", by).set("distributedAt", Instant.now(clock)));
        return get(cycleId);
    }

    /**
     * Retries the failed payments once more, and the abandoned ones (left PAYING by a crash, see
     * {@link PaymentProperties#stuckAfter}), then closes the cycle; payments still failed remain listed.
     */
    public PaymentCycle reconcile(String cycleId, String by) {
        PaymentCycle cycle = get(cycleId);
        if (cycle.state() == PaymentCycle.State.RECONCILED) {
            return cycle;
        }
        if (cycle.state() != PaymentCycle.State.DISTRIBUTED) {
            throw new ConflictException("Only a distributed cycle can be reconciled; " + cycleId + " is " + cycle.state() + ".");
        }
        payAll(cycleId, status(Payment.Status.FAILED));
        payAll(cycleId, abandoned());
        close(cycle, PaymentCycle.State.DISTRIBUTED, PaymentCycle.State.RECONCILED, CycleDistributed.RECONCILED,
                new Update().set("reconciledAt", Instant.now(clock)));
        return get(cycleId);
    }

    /** Submits one member's payment of an approved cycle; submitting it again (even concurrently) pays nothing more. */
    public Payment submit(String cycleId, String enrollmentId) {
        PaymentCycle cycle = get(cycleId);
        if (cycle.state() != PaymentCycle.State.APPROVED && cycle.state() != PaymentCycle.State.DISTRIBUTED) {
            throw new ConflictException("Payments can only be submitted for an approved cycle; " + cycleId + " is " + cycle.state() + ".");
        }
        Payment payment = mongo.findOne(Query.query(Criteria.where("cycleId").is(cycleId).and("enrollmentId").is(enrollmentId)),
                Payment.class);
        if (payment == null) {
            throw new NotFoundException("The cycle " + cycleId + " has no entitlement for enrollment " + enrollmentId + ".");
        }
        pay(payment.id(), Payment.Status.ENTITLED);
        return mongo.findById(payment.id(), Payment.class);
    }

    /** Claims the payment (one caller wins the conditional update), transfers, records the outcome. */
    private void pay(String paymentId, Payment.Status from) {
        Payment claimed = mongo.findAndModify(
                Query.query(Criteria.where("_id").is(paymentId).and("status").is(from)),
                new Update().set("status", Payment.Status.PAYING).set("claimedAt", Instant.now(clock))
                        .inc("attempts", 1),
                FindAndModifyOptions.options().returnNew(true), Payment.class);
        if (claimed == null) {
            return; // paid, being paid, or failed by someone else
        }
        mongo.updateFirst(paying(paymentId), outcome(payout.transfer(claimed), Instant.now(clock)), Payment.class);
    }

    /**
     * Pays every payment of the cycle that {@code which} selects, in a few store round trips whatever the
     * cycle's size: one multi-document update claims them under a fresh claim id (each document is claimed by
     * exactly one caller: a concurrent submission's conditional update took it first or finds it gone), the
     * payout channel transfers the claimed batch, one unordered bulk write records the outcomes.
     */
    private void payAll(String cycleId, Criteria which) {
        String claim = UUID.randomUUID().toString();
        mongo.updateMulti(Query.query(Criteria.where("cycleId").is(cycleId).andOperator(which)),
                new Update().set("status", Payment.Status.PAYING).set("claim", claim).set("claimedAt", Instant.now(clock))
                        .inc("attempts", 1), Payment.class);
        List<Payment> claimed = mongo.find(Query.query(Criteria.where("cycleId").is(cycleId).and("claim").is(claim)
                .and("status").is(Payment.Status.PAYING)), Payment.class);
        if (claimed.isEmpty()) {
            return;
        }
        Map<String, String> failures = payout.transferAll(claimed);
        Instant now = Instant.now(clock);
        BulkOperations outcomes = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Payment.class);
        for (Payment payment : claimed) {
            outcomes.updateOne(paying(payment.id()), outcome(failures.get(payment.id()), now));
        }
        outcomes.execute();
    }

    private static Criteria status(Payment.Status status) {
        return Criteria.where("status").is(status);
    }

    /** PAYING, claimed longer ago than {@code stuckAfter}: its caller died before recording the outcome. */
    private Criteria abandoned() {
        return Criteria.where("status").is(Payment.Status.PAYING)
                .and("claimedAt").lt(Instant.now(clock).minus(properties.stuckAfter()));
    }

    private static Query paying(String paymentId) {
        return Query.query(Criteria.where("_id").is(paymentId).and("status").is(Payment.Status.PAYING));
    }

    private static Update outcome(String failure, Instant now) {
        return failure == null
                ? new Update().set("status", Payment.Status.PAID).set("paidAt", now).unset("failureReason")
                : new Update().set("status", Payment.Status.FAILED).set("failureReason", failure);
    }

    /** Moves the cycle on and appends its aggregated event in one conditional single-document write. */
    private void close(PaymentCycle cycle, PaymentCycle.State from, PaymentCycle.State to, String event, Update update) {
        List<Payment> all = settled(cycle.id());
        CycleTotals paid = CycleTotals.of(all.stream().filter(p -> p.status() == Payment.Status.PAID).toList());
        long failed = all.stream().filter(p -> p.status() == Payment.Status.FAILED).count();
        PendingEvent pending = events.create(event, cycle.id(), "cycles/" + cycle.id(),
                new CycleDistributed(cycle.programCode(), cycle.period(), paid.households(), paid.persons(), paid.amount(),
                        cycle.id()), EXTENSIONS);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(cycle.id()).and("state").is(from)),
                update.set("state", to).set("paid", paid).set("failedPayments", failed).push("pendingEvents", pending),
                PaymentCycle.class);
    }

    /**
     * The cycle's payments once no transfer is in flight (a concurrent submission finishes within moments),
     * so the totals count it. A payment left PAYING by a crash is counted as not paid (reconciliation
     * re-drives it).
     */
    private List<Payment> settled(String cycleId) {
        List<Payment> all = payments(cycleId, null);
        for (int i = 0; i < 50 && all.stream().anyMatch(p -> p.status() == Payment.Status.PAYING); i++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            all = payments(cycleId, null);
        }
        return all;
    }

    public List<Payment> payments(String cycleId, Payment.Status status) {
        Criteria criteria = Criteria.where("cycleId").is(cycleId);
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        return mongo.find(Query.query(criteria), Payment.class);
    }

    public PaymentCycle get(String cycleId) {
        return MongoLookups.require(mongo, cycleId, PaymentCycle.class, "payment cycle");
    }
}
