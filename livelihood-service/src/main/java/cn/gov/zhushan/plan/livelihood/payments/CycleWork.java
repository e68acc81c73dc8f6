package cn.gov.zhushan.plan.livelihood.payments;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import cn.gov.zhushan.plan.livelihood.enrollment.Enrollment;
import cn.gov.zhushan.plan.livelihood.enrollment.EnrollmentService;
import cn.gov.zhushan.plan.livelihood.enrollment.PaidMonths;
import cn.gov.zhushan.plan.livelihood.enrollment.ProgramFacts;
import cn.gov.zhushan.plan.livelihood.enrollment.ProgramRules;
import cn.gov.zhushan.plan.livelihood.operations.LeaseLostException;
import cn.gov.zhushan.plan.livelihood.operations.Operation;
import cn.gov.zhushan.plan.livelihood.operations.OperationHandler;
import cn.gov.zhushan.plan.livelihood.programs.BenefitRule;
import cn.gov.zhushan.plan.livelihood.programs.BenefitStandards;
import cn.gov.zhushan.plan.livelihood.programs.SubsidyProgram;
import cn.gov.zhushan.plan.livelihood.programs.SubsidyProgramRepository;
import cn.gov.zhushan.plan.livelihood.registry.Household;
import cn.gov.zhushan.plan.livelihood.registry.HouseholdRepository;
import cn.gov.zhushan.plan.platform.data.MongoLookups;
import cn.gov.zhushan.plan.platform.events.DomainEvents;
import cn.gov.zhushan.plan.platform.events.PendingEvent;
import cn.gov.zhushan.plan.platform.web.BusinessRuleException;
import cn.gov.zhushan.plan.platform.web.ConflictException;

/**
 * Runs the payment-cycle operations in the background, step by step, each step safe to repeat: a draft
 * writes entitlements (a payment already there is kept, never doubled), a distribution or reconciliation
 * pays through {@link Payouts} under the operation's claim. After a crash the operation is resumed from the
 * store's state, not from memory.
 */
@Component
class CycleWork implements OperationHandler {

    private static final int DUPLICATE_KEY = 11000;

    private final MongoTemplate mongo;
    private final SubsidyProgramRepository programs;
    private final BenefitStandards standards;
    private final ProgramFacts facts;
    private final HouseholdRepository households;
    private final Payouts payouts;
    private final DomainEvents events;
    private final Clock clock;
    private final PaymentProperties properties;

    CycleWork(MongoTemplate mongo, SubsidyProgramRepository programs, BenefitStandards standards, ProgramFacts facts,
              HouseholdRepository households, Payouts payouts, DomainEvents events, Clock clock,
              PaymentProperties properties) {
        this.mongo = mongo;
        this.programs = programs;
        this.standards = standards;
        this.facts = facts;
        this.households = households;
        this.payouts = payouts;
        this.events = events;
        this.clock = clock;
        this.properties = properties;
    }

    static void requireDistributable(PaymentCycle cycle) {
        if (cycle.state() == PaymentCycle.State.DRAFTING || cycle.state() == PaymentCycle.State.DRAFT) {
            throw new ConflictException("The payment cycle " + cycle.id() + " must be approved before it is distributed.");
        }
    }

    static void requireReconcilable(PaymentCycle cycle) {
        if (cycle.state() != PaymentCycle.State.DISTRIBUTED && cycle.state() != PaymentCycle.State.RECONCILED) {
            throw new ConflictException("Only a distributed cycle can be reconciled; " + cycle.id() + " is " + cycle.state() + ".");
        }
    }

    @Override
    public boolean handles(String kind) {
        return CycleCommand.ofKind(kind) != null;
    }

    @Override
    public Outcome run(Operation operation, Progress progress) {
        PaymentCycle cycle = MongoLookups.require(mongo, operation.cycleId(), PaymentCycle.class, "payment cycle");
        return switch (CycleCommand.ofKind(operation.kind())) {
            case DRAFT -> draft(cycle, progress);
            case DISTRIBUTE -> distribute(cycle, operation, progress);
            case RECONCILE -> reconcile(cycle, operation, progress);
        };
    }

    /**
     * Writes the entitlements of the members paid for the month ({@link PaidMonths}) at the standard in effect then,
     * in batches, then moves the
     * cycle DRAFTING -> DRAFT with its entitled totals. Payments are written before the cycle changes, so a
     * crash in between is repaired by running the draft again.
     */
    private Outcome draft(PaymentCycle cycle, Progress progress) {
        if (cycle.state() != PaymentCycle.State.DRAFTING) {
            return done(cycle); // finished before a crash
        }
        YearMonth period = YearMonth.parse(cycle.period());
        SubsidyProgram program = standards.asOf(programs.findById(cycle.programCode())
                .orElseThrow(() -> new BusinessRuleException("Unknown program " + cycle.programCode() + ".")), period);
        // who is paid is decided by the enrollments' dates and state history for that month, not by their state today
        List<Enrollment> enrolled = mongo.find(Query.query(Criteria.where("programCode").is(program.code())
                        .and("enrolledAt").lt(PaidMonths.endOf(period, EnrollmentService.DISTRICT_TIME))), Enrollment.class).stream()
                .filter(e -> PaidMonths.paid(e, period, EnrollmentService.DISTRICT_TIME)).toList();
        int batch = properties.batchSize();
        Map<String, Long> refused = new TreeMap<>();
        for (int from = 0; from < enrolled.size(); from += batch) {
            insertNew(entitlements(program, period, cycle.id(), enrolled.subList(from, Math.min(enrolled.size(), from + batch)),
                    refused));
            long done = Math.min(enrolled.size(), from + batch);
            if (!progress.report(done, enrolled.size(), 0)) {
                throw new LeaseLostException(cycle.id());
            }
        }
        CycleTotals entitled = totals(cycle.id()).entitled();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(cycle.id()).and("state").is(PaymentCycle.State.DRAFTING)),
                new Update().set("state", PaymentCycle.State.DRAFT).set("entitled", entitled), PaymentCycle.class);
        Outcome outcome = done(mongo.findById(cycle.id(), PaymentCycle.class));
        if (outcome instanceof Done d && !refused.isEmpty()) {
            Map<String, Object> result = new LinkedHashMap<>(d.result());
            result.put("refusedByRule", refused);
            return new Done(result);
        }
        return outcome;
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

    /**
     * The batch's entitlements; an enrollment whose payment would break a rule between programs for that month
     * ({@link ProgramRules}) gets none and is counted in {@code refused} under the rule's name.
     */
    private List<Payment> entitlements(SubsidyProgram program, YearMonth period, String cycleId, List<Enrollment> enrolled,
                                       Map<String, Long> refused) {
        Map<String, Household> byId = new HashMap<>();
        households.findAllById(enrolled.stream().map(Enrollment::householdId).filter(Objects::nonNull).distinct().toList())
                .forEach(h -> byId.put(h.id(), h));
        Map<String, ProgramRules.Facts> checked = ProgramRules.constrains(program.code())
                ? facts.of(enrolled.stream().map(e -> new ProgramFacts.Target(e.id(), program.code(), e.householdId(),
                        byId.containsKey(e.householdId()) ? byId.get(e.householdId()).memberIds() : null, e.personId())).toList(),
                        e -> PaidMonths.paid(e, period, EnrollmentService.DISTRICT_TIME))
                : Map.of();
        List<Payment> result = new ArrayList<>();
        for (Enrollment e : enrolled) {
            var violation = checked.containsKey(e.id()) ? ProgramRules.check(program.code(), checked.get(e.id())) : java.util.Optional.<ProgramRules.Violation>empty();
            if (violation.isPresent()) {
                refused.merge(violation.get().rule(), 1L, Long::sum);
                continue;
            }
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

    /** Pays every entitlement not yet taken, then closes the cycle APPROVED -> DISTRIBUTED. */
    private Outcome distribute(PaymentCycle cycle, Operation operation, Progress progress) {
        if (cycle.state() == PaymentCycle.State.RECONCILED) {
            return done(cycle);
        }
        requireDistributable(cycle);
        pay(cycle, operation, List.of(status(Payment.Status.ENTITLED)), progress);
        return close(cycle, operation, PaymentCycle.State.APPROVED, PaymentCycle.State.DISTRIBUTED, CycleDistributed.DISTRIBUTED,
                new Update().set("distributedBy", operation.requestedBy()).set("distributedAt", Instant.now(clock)));
    }

    /**
     * Retries the failed payments once more, and the abandoned ones (left PAYING by a crash, see
     * {@link PaymentProperties#stuckAfter}), then closes the cycle; payments still failed remain listed.
     */
    private Outcome reconcile(PaymentCycle cycle, Operation operation, Progress progress) {
        if (cycle.state() == PaymentCycle.State.RECONCILED) {
            return done(cycle);
        }
        requireReconcilable(cycle);
        pay(cycle, operation, List.of(status(Payment.Status.FAILED), abandoned()), progress);
        return close(cycle, operation, PaymentCycle.State.DISTRIBUTED, PaymentCycle.State.RECONCILED, CycleDistributed.RECONCILED,
                new Update().set("reconciledAt", Instant.now(clock)));
    }

    private void pay(PaymentCycle cycle, Operation operation, List<Criteria> which, Progress progress) {
        Payouts.Count before = payouts.settledBy(cycle.id(), operation.id());
        long toDo = before.done() + payouts.toDo(cycle.id(), operation.id(), which);
        if (!progress.report(before.done(), toDo, before.failures())) {
            throw new LeaseLostException(operation.id());
        }
        payouts.payAll(cycle.id(), operation.id(), which, before, toDo, progress);
    }

    private static Criteria status(Payment.Status status) {
        return Criteria.where("status").is(status);
    }

    /** PAYING, claimed longer ago than {@code stuckAfter}: its caller died before recording the outcome. */
    private Criteria abandoned() {
        return Criteria.where("status").is(Payment.Status.PAYING)
                .and("claimedAt").lt(Instant.now(clock).minus(properties.stuckAfter()));
    }

    /**
     * Moves the cycle on and appends its aggregated event in one conditional single-document write. A single
     * payment submitted concurrently and claimed moments ago is waited for first (the operation is queued again
     * for a moment), so the totals count it; one claimed longer ago than {@code settleWithin} is counted as not
     * paid (reconciliation re-drives it).
     */
    private Outcome close(PaymentCycle cycle, Operation operation, PaymentCycle.State from, PaymentCycle.State to,
                          String event, Update update) {
        Instant now = Instant.now(clock);
        long inFlight = mongo.count(Query.query(Criteria.where("cycleId").is(cycle.id()).and("status").is(Payment.Status.PAYING)
                .and("claimedAt").gt(now.minus(properties.settleWithin()))), Payment.class);
        if (inFlight > 0) {
            return new RunAgainAt(now.plusMillis(200));
        }
        Totals totals = totals(cycle.id());
        PendingEvent pending = events.create(event, cycle.id(), "cycles/" + cycle.id(),
                new CycleDistributed(cycle.programCode(), cycle.period(), totals.paid().households(), totals.paid().persons(),
                        totals.paid().amount(), cycle.id()), PaymentCycles.EXTENSIONS);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(cycle.id()).and("state").is(from)),
                update.set("state", to).set("paid", totals.paid()).set("failedPayments", totals.failed())
                        .push("pendingEvents", pending), PaymentCycle.class);
        return done(mongo.findById(cycle.id(), PaymentCycle.class));
    }

    /** Entitled, paid and failed over the cycle's payments, read as a stream (a city's cycle is ~100,000 payments). */
    record Totals(CycleTotals entitled, CycleTotals paid, long failed) {
    }

    private Totals totals(String cycleId) {
        CycleTotals.Sum all = new CycleTotals.Sum();
        CycleTotals.Sum paid = new CycleTotals.Sum();
        long[] failed = {0};
        try (var stream = mongo.stream(Query.query(Criteria.where("cycleId").is(cycleId)), Payment.class)) {
            stream.forEach(p -> {
                all.add(p);
                if (p.status() == Payment.Status.PAID) {
                    paid.add(p);
                } else if (p.status() == Payment.Status.FAILED) {
                    failed[0]++;
                }
            });
        }
        return new Totals(all.build(), paid.build(), failed[0]);
    }

    private static Outcome done(PaymentCycle cycle) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("cycleState", cycle.state().name());
        result.put("entitled", cycle.entitled());
        result.put("paid", cycle.paid());
        result.put("failedPayments", cycle.failedPayments());
        return new Done(result);
    }
}
