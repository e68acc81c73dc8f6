package cn.gov.zhushan.plan.livelihood.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import cn.gov.zhushan.plan.livelihood.demo.DemoDataset.DemoHousehold;
import cn.gov.zhushan.plan.livelihood.demo.DemoDataset.DemoPerson;
import cn.gov.zhushan.plan.livelihood.enrollment.Enrollment;
import cn.gov.zhushan.plan.livelihood.payments.CycleTotals;
import cn.gov.zhushan.plan.livelihood.payments.PaymentCycle;
import cn.gov.zhushan.plan.livelihood.programs.BenefitRule;
import cn.gov.zhushan.plan.livelihood.programs.SubsidyProgram;
import cn.gov.zhushan.plan.livelihood.programs.SubsidyProgramRepository;
import cn.gov.zhushan.plan.livelihood.registry.Household;
import cn.gov.zhushan.plan.livelihood.registry.Person;
import cn.gov.zhushan.plan.livelihood.registry.PersonRegistry;
import cn.gov.zhushan.plan.livelihood.registry.PersonRequests;
import cn.gov.zhushan.plan.platform.events.DomainEvents;

/**
 * Loads the synthetic 2024 beneficiaries (registry with sealed personal data, households, enrollments) and
 * the twelve reconciled monthly cycles per program with their cycle-distributed events, only when
 * {@code platform.demo-data.enabled=true} (the local profile). A marker document makes it run once.
 * The demo cycles carry totals but no per-beneficiary payment documents (that would be ~130,000 writes).
 */
@Component
@Order(100)
public class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    static final String MARKER = "demo_data";
    static final String BY = "demo-data";

    private final MongoTemplate mongo;
    private final PersonRegistry persons;
    private final SubsidyProgramRepository programs;
    private final DomainEvents events;
    private final boolean enabled;

    public DemoDataLoader(MongoTemplate mongo, PersonRegistry persons, SubsidyProgramRepository programs, DomainEvents events,
                          @Value("${platform.demo-data.enabled:false}") boolean enabled) {
        this.mongo = mongo;
        this.persons = persons;
        this.programs = programs;
        this.events = events;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled) {
            long started = System.nanoTime();
            boolean loaded = load(new DemoDataGenerator().generate(), 2024);
            log.info("Demo data for 2024 {} in {} ms", loaded ? "loaded" : "already present", (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** Returns false if this year's demo data was loaded before. */
    public boolean load(DemoDataset dataset, int year) {
        try {
            mongo.insert(new Document("_id", Integer.toString(year)).append("startedAt", Instant.now()), MARKER);
        } catch (DuplicateKeyException e) {
            Document marker = mongo.findById(Integer.toString(year), Document.class, MARKER);
            if (marker != null && marker.get("finishedAt") == null) {
                // the registry's unique blind index makes a second pass fail, so say so instead of half-loading again
                log.error("An earlier {} demo-data load was interrupted (started {}); the livelihood demo data is partial. "
                        + "Drop the service's database (local run: ./zhushan stop, then delete .local-data/mongo) to load it again.",
                        year, marker.get("startedAt"));
            }
            return false;
        }
        Instant enrolledAt = YearMonth.of(year, 1).atDay(1).atStartOfDay().toInstant(ZoneOffset.ofHours(8));
        Map<String, SubsidyProgram> catalogue = new LinkedHashMap<>();
        programs.findAll().forEach(p -> catalogue.put(p.code(), p));
        Map<String, List<Member>> members = new LinkedHashMap<>();
        List<Person> people = new ArrayList<>();
        List<Household> households = new ArrayList<>();
        List<Enrollment> enrollments = new ArrayList<>();
        for (DemoHousehold h : dataset.households()) {
            List<Person> sealed = h.members().stream().map(this::seal).toList();
            Household household = new Household(UUID.randomUUID().toString(), Household.Residence.valueOf(h.residence()),
                    h.community(), sealed.get(0).id(), sealed.stream().map(Person::id).toList(), h.monthlyIncomePerCapita(),
                    true, enrolledAt);
            sealed.forEach(p -> p.joinHousehold(household.id()));
            people.addAll(sealed);
            households.add(household);
            SubsidyProgram program = catalogue.get(h.programCode());
            enrollments.add(new Enrollment(UUID.randomUUID().toString(), program.code(), program.family(), household.id(), null,
                    enrolledAt, BY));
            members.computeIfAbsent(program.code(), k -> new ArrayList<>()).add(new Member(household.id(), sealed.size(),
                    BenefitRule.monthlyEntitlement(program, sealed.size(), h.monthlyIncomePerCapita())));
            for (int m = 0; m < sealed.size(); m++) {
                enrollPerson(catalogue, h.members().get(m), sealed.get(m), household.id(), enrolledAt, enrollments, members);
            }
        }
        for (DemoPerson p : dataset.individuals()) {
            Person person = seal(p);
            people.add(person);
            enrollPerson(catalogue, p, person, null, enrolledAt, enrollments, members);
        }
        insertInBatches(people);
        insertInBatches(households);
        insertInBatches(enrollments);
        List<PaymentCycle> cycles = new ArrayList<>();
        members.forEach((code, list) -> {
            CycleTotals totals = new CycleTotals(list.size(), list.stream().mapToLong(Member::persons).sum(),
                    list.stream().map(Member::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
            for (int month = 1; month <= 12; month++) {
                cycles.add(DemoCycles.reconciled(events, code, YearMonth.of(year, month), totals));
            }
        });
        insertInBatches(cycles);
        mongo.updateFirst(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("_id").is(Integer.toString(year))),
                org.springframework.data.mongodb.core.query.Update.update("finishedAt", Instant.now()), MARKER);
        return true;
    }

    private void enrollPerson(Map<String, SubsidyProgram> catalogue, DemoPerson p, Person person, String householdId,
                              Instant enrolledAt, List<Enrollment> enrollments, Map<String, List<Member>> members) {
        for (String code : p.programs()) {
            SubsidyProgram program = catalogue.get(code);
            enrollments.add(new Enrollment(UUID.randomUUID().toString(), code, program.family(), householdId, person.id(),
                    enrolledAt, BY));
            members.computeIfAbsent(code, k -> new ArrayList<>()).add(new Member(person.id(), 1,
                    BenefitRule.monthlyEntitlement(program, 1, null)));
        }
    }

    private Person seal(DemoPerson p) {
        return persons.seal(new PersonRequests.RegisterPerson(p.idNumber(), p.name(), p.phone(), p.address(), p.community(),
                p.disabilityGrade()), BY);
    }

    private <T> void insertInBatches(List<T> documents) {
        for (int i = 0; i < documents.size(); i += 1000) {
            mongo.insertAll(documents.subList(i, Math.min(documents.size(), i + 1000)));
        }
    }

    private record Member(String beneficiary, int persons, BigDecimal amount) {
    }
}
