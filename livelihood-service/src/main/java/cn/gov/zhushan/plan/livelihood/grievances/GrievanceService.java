package cn.gov.zhushan.plan.livelihood.grievances;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import cn.gov.zhushan.plan.platform.data.MongoLookups;
import cn.gov.zhushan.plan.platform.data.MongoPages;
import cn.gov.zhushan.plan.livelihood.pii.PersonalDataAccess;
import cn.gov.zhushan.plan.livelihood.pii.PiiAuditor;
import cn.gov.zhushan.plan.livelihood.pii.PiiCipher;
import cn.gov.zhushan.plan.livelihood.programs.SubsidyProgramRepository;
import cn.gov.zhushan.plan.livelihood.registry.PersonRepository;
import cn.gov.zhushan.plan.platform.web.BusinessRuleException;
import cn.gov.zhushan.plan.platform.web.ConflictException;

/** Grievances and appeals: sealed free text, a forward-only status with conditional updates, audited unmasked reads. */
@Service
public class GrievanceService {

    static final List<String> PII_FIELDS = List.of("description", "resolution");

    public record Submit(@NotBlank @Pattern(regexp = "[A-Za-z0-9-]{1,64}") String personId,
                         @NotBlank @Pattern(regexp = "[A-Z0-9_]{1,40}") String programCode,
                         @NotNull Grievance.Kind kind,
                         @NotNull Grievance.Category category,
                         @NotBlank @Size(max = 4000) String description) {
    }

    public record ChangeStatus(@NotNull Grievance.Status status, @Size(max = 4000) String resolution) {
    }

    /** The full record with the decrypted text, for {@code livelihood:pii} callers. */
    public record Unsealed(String id, String description, String resolution) {
    }

    private final MongoTemplate mongo;
    private final PersonRepository persons;
    private final SubsidyProgramRepository programs;
    private final PiiCipher cipher;
    private final PiiAuditor auditor;
    private final Clock clock;

    public GrievanceService(MongoTemplate mongo, PersonRepository persons, SubsidyProgramRepository programs, PiiCipher cipher,
                            PiiAuditor auditor, Clock clock) {
        this.mongo = mongo;
        this.persons = persons;
        this.programs = programs;
        this.cipher = cipher;
        this.auditor = auditor;
        this.clock = clock;
    }

    public Grievance submit(Submit r, String by) {
        if (!programs.existsById(r.programCode())) {
            throw new BusinessRuleException("Unknown program " + r.programCode() + ".");
        }
        if (!persons.existsById(r.personId())) {
            throw new BusinessRuleException("No person with id " + r.personId() + " is registered.");
        }
        String id = UUID.randomUUID().toString();
        Instant now = Instant.now(clock);
        return mongo.insert(new Grievance(id, r.personId(), r.programCode(), r.kind(), r.category(),
                cipher.encrypt(r.description().strip(), context(id, "description")), null, Grievance.Status.OPEN, now, by,
                null, null, null));
    }

    public Grievance change(String id, ChangeStatus r, String by) {
        Grievance grievance = get(id);
        GrievanceRules.requireTransition(grievance.status(), r.status(), r.resolution());
        Instant now = Instant.now(clock);
        Update update = new Update().set("status", r.status())
                .push("history", new Grievance.StatusChange(grievance.status(), r.status(), by, now));
        if (r.status() == Grievance.Status.IN_REVIEW) {
            update.set("reviewStartedAt", now);
        } else {
            update.set("closedAt", now).set("resolutionEnc", cipher.encrypt(r.resolution().strip(), context(id, "resolution")));
        }
        long changed = mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("status").is(grievance.status())), update,
                Grievance.class).getModifiedCount();
        if (changed == 0) {
            throw new ConflictException("The grievance was changed concurrently; read it again.");
        }
        return get(id);
    }

    public Grievance get(String id) {
        return MongoLookups.require(mongo, id, Grievance.class, "grievance");
    }

    /** The decrypted text; the read is audited first, so text that could not be audited is never returned. */
    public Unsealed unsealed(Grievance g, PersonalDataAccess access) {
        auditor.unmaskedRead(access, "grievance", g.id(), PII_FIELDS);
        return new Unsealed(g.id(), cipher.decrypt(g.descriptionEnc(), context(g.id(), "description")),
                cipher.decrypt(g.resolutionEnc(), context(g.id(), "resolution")));
    }

    public Page<Grievance> list(Grievance.Status status, String programCode, String personId, Grievance.Category category,
                                Grievance.Kind kind, Pageable pageable) {
        Criteria criteria = new Criteria();
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        if (programCode != null) {
            criteria = criteria.and("programCode").is(programCode);
        }
        if (personId != null) {
            criteria = criteria.and("personId").is(personId);
        }
        if (category != null) {
            criteria = criteria.and("category").is(category);
        }
        if (kind != null) {
            criteria = criteria.and("kind").is(kind);
        }
        return MongoPages.find(mongo, criteria, pageable, Grievance.class);
    }

    static String context(String grievanceId, String field) {
        return "grievances/" + grievanceId + "/" + field;
    }
}
