package cn.gov.zhushan.plan.livelihood.enrollment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import cn.gov.zhushan.plan.livelihood.pii.PersonalDataAccess;
import cn.gov.zhushan.plan.livelihood.pii.PiiAuditor;
import cn.gov.zhushan.plan.livelihood.pii.PiiCipher;
import cn.gov.zhushan.plan.livelihood.programs.SubsidyProgram;
import cn.gov.zhushan.plan.livelihood.programs.SubsidyProgramRepository;
import cn.gov.zhushan.plan.livelihood.registry.Household;
import cn.gov.zhushan.plan.livelihood.registry.HouseholdRegistry;
import cn.gov.zhushan.plan.livelihood.registry.Person;
import cn.gov.zhushan.plan.livelihood.registry.PersonRegistry;
import cn.gov.zhushan.plan.platform.web.BusinessRuleException;
import cn.gov.zhushan.plan.platform.web.ConflictException;
import cn.gov.zhushan.plan.platform.web.NotFoundException;
import cn.gov.zhushan.plan.platform.time.PlatformTime;

@Service
public class EnrollmentService {

    public static final ZoneId DISTRICT_TIME = PlatformTime.DISTRICT_ZONE;

    public record EnrollRequest(@NotBlank @Pattern(regexp = "[A-Z0-9_]{1,40}") String programCode,
                                @Pattern(regexp = "[A-Za-z0-9-]{1,64}") String personId,
                                @Pattern(regexp = "[A-Za-z0-9-]{1,64}") String householdId,
                                LocalDate effectiveFrom) {

        public EnrollRequest(String programCode, String personId, String householdId) {
            this(programCode, personId, householdId, null);
        }
    }

    public record ChangeState(@NotNull Enrollment.State state, @Size(max = 500) String reason) {
    }

    /** One history entry's reason in clear. */
    public record Reason(int index, Enrollment.State from, Enrollment.State to, Instant at, String reason) {
    }

    static final List<String> PII_FIELDS = List.of("history.reason");

    private final EnrollmentRepository enrollments;
    private final SubsidyProgramRepository programs;
    private final PersonRegistry persons;
    private final HouseholdRegistry households;
    private final PiiCipher cipher;
    private final PiiAuditor auditor;
    private final ProgramFacts facts;
    private final Clock clock;

    public EnrollmentService(EnrollmentRepository enrollments, SubsidyProgramRepository programs, PersonRegistry persons,
                             HouseholdRegistry households, PiiCipher cipher, PiiAuditor auditor, ProgramFacts facts,
                             Clock clock) {
        this.facts = facts;
        this.enrollments = enrollments;
        this.programs = programs;
        this.persons = persons;
        this.households = households;
        this.cipher = cipher;
        this.auditor = auditor;
        this.clock = clock;
    }

    public Enrollment enroll(EnrollRequest request, String by) {
        SubsidyProgram program = programs.findById(request.programCode())
                .orElseThrow(() -> new BusinessRuleException("Unknown program " + request.programCode() + "."));
        Household household;
        LocalDate birthDate = null;
        String personId = null;
        if (program.householdBased()) {
            if (request.householdId() == null) {
                throw new BusinessRuleException(program.code() + " enrolls households: householdId is required.");
            }
            household = households.get(request.householdId());
        } else {
            if (request.personId() == null) {
                throw new BusinessRuleException(program.code() + " enrolls persons: personId is required.");
            }
            Person person = persons.get(request.personId());
            personId = person.id();
            birthDate = persons.birthDate(person);
            household = person.householdId() == null ? null : households.get(person.householdId());
        }
        LocalDate today = LocalDate.now(clock.withZone(DISTRICT_TIME));
        if (request.effectiveFrom() != null && request.effectiveFrom().isAfter(today)) {
            throw new BusinessRuleException("An enrollment cannot take effect in the future (" + request.effectiveFrom() + ").");
        }
        EnrollmentRules.requireEligible(program, household, birthDate, today);
        if (ProgramRules.constrains(program.code())) {
            // check-then-insert across documents: two concurrent enrollments (dibao and 特困 of one household) can
            // both pass; the next cycle's draft checks the rules again and refuses the payment
            ProgramFacts.Target target = new ProgramFacts.Target("t", program.code(), household == null ? null : household.id(),
                    household == null ? null : household.memberIds(), personId);
            ProgramRules.check(program.code(), facts.of(List.of(target), ProgramFacts.activeNow()).get("t"))
                    .ifPresent(violation -> {
                        throw new ProgramRuleViolation(violation);
                    });
        }
        Enrollment enrollment = new Enrollment(UUID.randomUUID().toString(), program.code(), program.family(),
                program.householdBased() ? household.id() : (household == null ? null : household.id()),
                personId, request.effectiveFrom() == null ? Instant.now(clock)
                        : request.effectiveFrom().atStartOfDay(DISTRICT_TIME).toInstant(), by);
        try {
            return enrollments.insert(enrollment);
        } catch (DuplicateKeyException e) {
            throw new ConflictException(program.householdBased()
                    ? "This household is already enrolled in " + program.family() + "."
                    : "This person is already enrolled in " + program.code() + ".");
        }
    }

    public Enrollment change(String id, ChangeState request, String by) {
        Enrollment enrollment = get(id);
        String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        String sealed = reason == null ? null
                : cipher.encrypt(reason, reasonContext(enrollment.id(), enrollment.nextHistoryIndex()));
        enrollment.change(request.state(), sealed, by, Instant.now(clock));
        return enrollments.save(enrollment);
    }

    /** The reasons in clear, for {@code livelihood:pii}; audited before anything is decrypted. */
    public List<Reason> reasons(Enrollment enrollment, PersonalDataAccess access) {
        auditor.unmaskedRead(access, "enrollment", enrollment.id(), PII_FIELDS);
        List<Reason> reasons = new ArrayList<>();
        List<Enrollment.StateChange> history = enrollment.history();
        for (int i = 0; i < history.size(); i++) {
            Enrollment.StateChange change = history.get(i);
            String text = change.reasonEnc() != null ? cipher.decrypt(change.reasonEnc(), reasonContext(enrollment.id(), i))
                    : change.reason();
            reasons.add(new Reason(i, change.from(), change.to(), change.at(), text));
        }
        return reasons;
    }

    static String reasonContext(String enrollmentId, int historyIndex) {
        return "enrollments/" + enrollmentId + "/history/" + historyIndex + "/reason";
    }

    public Enrollment get(String id) {
        return enrollments.findById(id).orElseThrow(() -> new NotFoundException("No enrollment with id " + id + "."));
    }
}
