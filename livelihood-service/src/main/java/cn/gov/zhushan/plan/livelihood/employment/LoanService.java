package cn.gov.zhushan.plan.livelihood.employment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import cn.gov.zhushan.plan.platform.data.MongoLookups;
import cn.gov.zhushan.plan.platform.data.MongoPages;
import cn.gov.zhushan.plan.livelihood.enrollment.EnrollmentService;
import cn.gov.zhushan.plan.livelihood.payments.PaymentCycles;
import cn.gov.zhushan.plan.livelihood.registry.PersonRepository;
import cn.gov.zhushan.plan.platform.events.DomainEvents;
import cn.gov.zhushan.plan.platform.events.PendingEvent;
import cn.gov.zhushan.plan.platform.web.BusinessRuleException;
import cn.gov.zhushan.plan.platform.web.ConflictException;

/**
 * Guaranteed start-up loans. A status change is one conditional update on the status read, so two
 * concurrent changes cannot both win, and the loan-granted event goes out exactly once, with the disbursement.
 */
@Service
public class LoanService {

    private final MongoTemplate mongo;
    private final PersonRepository persons;
    private final DomainEvents events;
    private final Clock clock;

    public LoanService(MongoTemplate mongo, PersonRepository persons, DomainEvents events, Clock clock) {
        this.mongo = mongo;
        this.persons = persons;
        this.events = events;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(EnrollmentService.DISTRICT_TIME));
    }

    public GuaranteedLoan apply(EmploymentRequests.ApplyForLoan r, String by) {
        LocalDate appliedOn = r.appliedOn() == null ? today() : r.appliedOn();
        EmploymentRules.requireLoanDate(null, appliedOn, today());
        if (!persons.existsById(r.applicantPersonId())) {
            throw new BusinessRuleException("No person with id " + r.applicantPersonId() + " is registered.");
        }
        Instant now = Instant.now(clock);
        List<GuaranteedLoan.StatusChange> history = new ArrayList<>();
        history.add(new GuaranteedLoan.StatusChange(null, LoanStatus.APPLIED, appliedOn, by, now));
        return mongo.insert(new GuaranteedLoan(UUID.randomUUID().toString(), r.applicantPersonId(), r.amount(), r.bank().strip(),
                LoanStatus.APPLIED, appliedOn, null, appliedOn, history, now, by, false, null));
    }

    public GuaranteedLoan change(String id, EmploymentRequests.ChangeLoanStatus r, String by) {
        GuaranteedLoan loan = get(id);
        LocalDate on = r.on() == null ? today() : r.on();
        EmploymentRules.requireLoanTransition(loan.status(), r.status(), loan.lastChangedOn(), on, today());
        Update update = new Update().set("status", r.status()).set("lastChangedOn", on)
                .push("history", new GuaranteedLoan.StatusChange(loan.status(), r.status(), on, by, Instant.now(clock)));
        if (r.status() == LoanStatus.DISBURSED) {
            update.set("grantedOn", on).push("pendingEvents", loanGranted(loan.id(), loan.bank(), loan.amount(), on));
        }
        long changed = mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("status").is(loan.status())), update,
                GuaranteedLoan.class).getModifiedCount();
        if (changed == 0) {
            throw new ConflictException("The loan was changed concurrently; read it again.");
        }
        return get(id);
    }

    public PendingEvent loanGranted(String loanId, String bank, BigDecimal amount, LocalDate grantedOn) {
        return events.create(EmploymentEvents.LOAN_GRANTED, loanId, "loans/" + loanId,
                new EmploymentEvents.LoanGranted(loanId, bank, amount, grantedOn), PaymentCycles.EXTENSIONS);
    }

    public GuaranteedLoan get(String id) {
        return MongoLookups.require(mongo, id, GuaranteedLoan.class, "loan");
    }

    /** Loans, optionally by status, bank or the year they were granted. */
    public Page<GuaranteedLoan> list(LoanStatus status, String bank, Integer grantedYear, Pageable pageable) {
        Criteria criteria = new Criteria();
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        if (bank != null) {
            criteria = criteria.and("bank").is(bank);
        }
        if (grantedYear != null) {
            criteria = criteria.and("grantedOn").gte(LocalDate.of(grantedYear, 1, 1)).lt(LocalDate.of(grantedYear + 1, 1, 1));
        }
        return MongoPages.find(mongo, criteria, pageable, GuaranteedLoan.class);
    }
}
