package cn.gov.zhushan.plan.livelihood.payments;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

import cn.gov.zhushan.plan.livelihood.enrollment.EnrollmentService;
import cn.gov.zhushan.plan.livelihood.operations.Operation;
import cn.gov.zhushan.plan.livelihood.operations.Operations;
import cn.gov.zhushan.plan.livelihood.programs.SubsidyProgramRepository;
import cn.gov.zhushan.plan.platform.data.MongoLookups;
import cn.gov.zhushan.plan.platform.web.BusinessRuleException;
import cn.gov.zhushan.plan.platform.web.ConflictException;
import cn.gov.zhushan.plan.platform.web.NotFoundException;

/**
 * Payment cycles: the commands as the API takes them. Drafting, distributing and reconciling grow with the
 * number of beneficiaries, so they are checked here (the rules that can be checked up front answer at once:
 * 404, 409, 422) and then queued as an {@link Operation} that {@link CycleWork} runs in the background.
 * Nobody is paid twice: there is one payment document per program, beneficiary and month (unique index),
 * and only the caller whose conditional update moved a payment to PAYING talks to the payout channel
 * ({@link Payouts}). Cycle state changes are conditional too, so each cycle's event is written exactly once.
 */
@Service
public class PaymentCycles {

    public static final Map<String, String> EXTENSIONS = Map.of("dataclassification", "aggregated-no-personal-data");

    private final MongoTemplate mongo;
    private final SubsidyProgramRepository programs;
    private final Operations operations;
    private final Payouts payouts;
    private final Clock clock;

    public PaymentCycles(MongoTemplate mongo, SubsidyProgramRepository programs, Operations operations, Payouts payouts,
                         Clock clock) {
        this.mongo = mongo;
        this.programs = programs;
        this.operations = operations;
        this.payouts = payouts;
        this.clock = clock;
    }

    /**
     * Opens the cycle in DRAFTING and queues the computation of its entitlements. A cycle left DRAFTING by a
     * failed draft is drafted again; any other existing cycle is a 409.
     */
    public Operation requestDraft(String programCode, YearMonth period, String by, String idempotencyKey) {
        if (programs.findById(programCode).isEmpty()) {
            throw new BusinessRuleException("Unknown program " + programCode + ".");
        }
        if (period.isAfter(YearMonth.now(clock.withZone(EnrollmentService.DISTRICT_TIME)))) {
            throw new BusinessRuleException("A payment cycle cannot be opened for a future month (" + period + ").");
        }
        String cycleId = PaymentCycle.idOf(programCode, period.toString());
        Operation running = operations.active(CycleCommand.DRAFT.kind, cycleId);
        if (running != null) {
            return running;
        }
        PaymentCycle existing = mongo.findById(cycleId, PaymentCycle.class);
        if (existing != null && existing.state() != PaymentCycle.State.DRAFTING) {
            throw new ConflictException("The payment cycle " + cycleId + " already exists.");
        }
        if (existing == null) {
            try {
                mongo.insert(new PaymentCycle(cycleId, programCode, period.toString(), PaymentCycle.State.DRAFTING, by,
                        Instant.now(clock), null, null, null, null, null, CycleTotals.ZERO, CycleTotals.ZERO, 0, false, null));
            } catch (DuplicateKeyException concurrent) {
                // another request opened it a moment ago; its operation is found (or this one joins it) below
            }
        }
        return operations.submit(CycleCommand.DRAFT.kind, cycleId, by, idempotencyKey);
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

    /** Queues paying every entitlement not yet taken; safe to ask again (nothing is paid twice). */
    public Operation requestDistribute(String cycleId, String by, String idempotencyKey) {
        PaymentCycle cycle = get(cycleId);
        CycleWork.requireDistributable(cycle);
        return operations.submit(CycleCommand.DISTRIBUTE.kind, cycleId, by, idempotencyKey);
    }

    /** Queues the retry of the failed and abandoned payments and the closing of the cycle. */
    public Operation requestReconcile(String cycleId, String by, String idempotencyKey) {
        PaymentCycle cycle = get(cycleId);
        CycleWork.requireReconcilable(cycle);
        return operations.submit(CycleCommand.RECONCILE.kind, cycleId, by, idempotencyKey);
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
        payouts.pay(payment.id(), Payment.Status.ENTITLED);
        return mongo.findById(payment.id(), Payment.class);
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
