package cn.gov.zhushan.plan.livelihood.grievances;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A grievance or appeal (申诉) of a registered person about a program. The description and the resolution are
 * free text that usually tells a person's circumstances, so both are stored only as AES-GCM ciphertexts
 * and returned only through the audited {@code /pii} path.
 */
@Document("grievances")
public record Grievance(@Id String id, String personId, String programCode, Kind kind, Category category,
                        String descriptionEnc, String resolutionEnc, Status status, Instant submittedAt, String submittedBy,
                        Instant reviewStartedAt, Instant closedAt, List<StatusChange> history) {

    /** A complaint about how a case was handled, or an appeal against a decision (eligibility, amount, exit). */
    public enum Kind { GRIEVANCE, APPEAL }

    public enum Category { ELIGIBILITY, BENEFIT_AMOUNT, PAYMENT_MISSING, ENROLLMENT_EXIT, DATA_CORRECTION, STAFF_CONDUCT, OTHER }

    public enum Status { OPEN, IN_REVIEW, RESOLVED, REJECTED }

    public record StatusChange(Status from, Status to, String by, Instant at) {
    }

    public Grievance {
        history = history == null ? new ArrayList<>() : history;
    }
}
