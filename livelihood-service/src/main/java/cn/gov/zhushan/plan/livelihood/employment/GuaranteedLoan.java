package cn.gov.zhushan.plan.livelihood.employment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.gov.zhushan.plan.platform.events.PendingEvent;

/**
 * A guaranteed start-up loan (创业担保贷款). The applicant is a person id of the registry, never copied
 * personal data. Status changes are conditional updates on the current status; the loan-granted event is
 * pushed in the same write that marks it DISBURSED.
 *
 * @param amount     yuan
 * @param grantedOn  the disbursement day (Asia/Shanghai), null until disbursed
 */
@Document("loans")
public record GuaranteedLoan(@Id String id, String applicantPersonId, BigDecimal amount, String bank, LoanStatus status,
                             LocalDate appliedOn, LocalDate grantedOn, LocalDate lastChangedOn, List<StatusChange> history,
                             Instant createdAt, String createdBy, boolean demo, List<PendingEvent> pendingEvents) {

    public record StatusChange(LoanStatus from, LoanStatus to, LocalDate on, String by, Instant at) {
    }

    public GuaranteedLoan {
        history = history == null ? new ArrayList<>() : history;
        pendingEvents = pendingEvents == null ? new ArrayList<>() : pendingEvents;
    }
}
