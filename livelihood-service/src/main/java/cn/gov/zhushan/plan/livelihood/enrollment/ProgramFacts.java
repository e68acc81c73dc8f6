package cn.gov.zhushan.plan.livelihood.enrollment;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import cn.gov.zhushan.plan.livelihood.registry.Person;

/**
 * Gathers what {@link ProgramRules} needs for many beneficiaries at once (a cycle's batch), with a few queries:
 * which households are in dibao, which persons in extreme-poverty support, the persons' disability grades.
 */
@Component
public class ProgramFacts {

    /** A beneficiary to check: the program, its household (or null) with the household's members, its person (or null). */
    public record Target(String key, String programCode, String householdId, List<String> householdMembers, String personId) {
    }

    private final MongoTemplate mongo;

    public ProgramFacts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Memberships that count now: enrolled or paused (not exited, not a duplicate). */
    public static Predicate<Enrollment> activeNow() {
        return e -> e.state() == Enrollment.State.ENROLLED || e.state() == Enrollment.State.PAUSED;
    }

    /** The facts per target key; {@code counts} says which memberships count (now, or paid for a month). */
    public Map<String, ProgramRules.Facts> of(Collection<Target> targets, Predicate<Enrollment> counts) {
        Set<String> households = new HashSet<>();
        Set<String> members = new HashSet<>();
        Set<String> persons = new HashSet<>();
        for (Target t : targets) {
            if (t.householdId() != null) {
                households.add(t.householdId());
            }
            if (ProgramRules.DIBAO.contains(t.programCode()) && t.householdMembers() != null) {
                members.addAll(t.householdMembers());
            }
            if (t.personId() != null) {
                persons.add(t.personId());
            }
        }
        Set<String> inDibao = households.isEmpty() ? Set.of() : matching(Criteria.where("programCode").in(ProgramRules.DIBAO)
                .and("householdId").in(households), counts).stream().map(Enrollment::householdId).collect(java.util.stream.Collectors.toSet());
        Set<String> inPoverty = members.isEmpty() ? Set.of() : matching(Criteria.where("programCode").is(ProgramRules.EXTREME_POVERTY)
                .and("personId").in(members), counts).stream().map(Enrollment::personId).collect(java.util.stream.Collectors.toSet());
        Map<String, Integer> grades = new HashMap<>();
        if (!persons.isEmpty() && targets.stream().anyMatch(t -> ProgramRules.DISABILITY_CARE.equals(t.programCode()))) {
            Query query = Query.query(Criteria.where("_id").in(persons));
            query.fields().include("disabilityGrade");
            mongo.find(query, Person.class).stream().filter(p -> p.disabilityGrade() != null)
                    .forEach(p -> grades.put(p.id(), p.disabilityGrade()));
        }
        Map<String, ProgramRules.Facts> result = new HashMap<>();
        for (Target t : targets) {
            boolean memberInPoverty = t.householdMembers() != null && t.householdMembers().stream().anyMatch(inPoverty::contains);
            result.put(t.key(), new ProgramRules.Facts(t.householdId() != null && inDibao.contains(t.householdId()),
                    memberInPoverty, t.personId() == null ? null : grades.get(t.personId())));
        }
        return result;
    }

    private List<Enrollment> matching(Criteria criteria, Predicate<Enrollment> counts) {
        return mongo.find(Query.query(criteria), Enrollment.class).stream().filter(counts).filter(Objects::nonNull).toList();
    }
}
