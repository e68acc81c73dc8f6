package cn.gov.zhushan.plan.livelihood.enrollment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Membership of a beneficiary (a household for dibao, a person otherwise) in a program. {@code dedupeKey}
 * (program family + beneficiary) carries a unique index: nobody is enrolled twice, and a household is at
 * most once in dibao, urban or rural. {@code enrolledAt} is when the membership took effect (a request may date it back
 * to the application day); with the history's state changes it decides which months are paid ({@link PaidMonths}).
 */
@Document("enrollments")
public class Enrollment {

    public enum State { ENROLLED, PAUSED, EXITED, DUPLICATED }

    /**
     * One state change. The reason is free text that often tells a person's circumstances, so it is stored only
     * as a ciphertext ({@code reasonEnc}); {@code reason} is read from records written before that and is never
     * written now.
     */
    public record StateChange(State from, State to, String reason, String reasonEnc, String by, Instant at) {

        public boolean hasReason() {
            return reasonEnc != null || (reason != null && !reason.isBlank());
        }
    }

    @Id
    private String id;
    private String programCode;
    private String beneficiaryKey;
    private String dedupeKey;
    private String householdId;
    private String personId;
    private State state;
    private Instant enrolledAt;
    private String enrolledBy;
    private List<StateChange> history = new ArrayList<>();
    @Version
    private Long version;

    protected Enrollment() {
    }

    public Enrollment(String id, String programCode, String family, String householdId, String personId,
                      Instant enrolledAt, String enrolledBy) {
        this.id = id;
        this.programCode = programCode;
        this.householdId = householdId;
        this.personId = personId;
        this.beneficiaryKey = personId != null ? "P:" + personId : "H:" + householdId;
        this.dedupeKey = family + "|" + beneficiaryKey;
        this.state = State.ENROLLED;
        this.enrolledAt = enrolledAt;
        this.enrolledBy = enrolledBy;
    }

    /** For tests and imports of past memberships: a state change at a given time (history stays in time order). */
    public void changeAt(State to, String by, Instant at) {
        change(to, null, by, at);
    }

    /** @param reasonEnc the sealed reason for history entry number {@link #nextHistoryIndex()}, or null */
    public void change(State to, String reasonEnc, String by, Instant at) {
        EnrollmentRules.requireTransition(state, to);
        history.add(new StateChange(state, to, null, reasonEnc, by, at));
        state = to;
    }

    /** The index the next state change will have in the history (entries are only ever appended). */
    public int nextHistoryIndex() {
        return history.size();
    }

    public String id() { return id; }
    public String programCode() { return programCode; }
    public String beneficiaryKey() { return beneficiaryKey; }
    public String householdId() { return householdId; }
    public String personId() { return personId; }
    public State state() { return state; }
    public Instant enrolledAt() { return enrolledAt; }
    public List<StateChange> history() { return List.copyOf(history); }
}
