package cn.gov.zhushan.plan.livelihood.demo;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import cn.gov.zhushan.plan.livelihood.demo.EmploymentDemoGenerator.DemoLoan;
import cn.gov.zhushan.plan.livelihood.demo.EmploymentDemoGenerator.DemoPosting;
import cn.gov.zhushan.plan.livelihood.employment.EmploymentService;
import cn.gov.zhushan.plan.livelihood.employment.GuaranteedLoan;
import cn.gov.zhushan.plan.livelihood.employment.JobPosting;
import cn.gov.zhushan.plan.livelihood.employment.LoanService;
import cn.gov.zhushan.plan.livelihood.employment.LoanStatus;
import cn.gov.zhushan.plan.livelihood.employment.ServiceStation;
import cn.gov.zhushan.plan.livelihood.registry.Person;
import cn.gov.zhushan.plan.livelihood.registry.PersonRegistry;
import cn.gov.zhushan.plan.livelihood.registry.PersonRequests;

/**
 * Loads the synthetic employment year (stations, postings with their job-posted events, loan applicants into
 * the sealed registry, disbursed loans with their loan-granted events) when {@code platform.demo-data.enabled=true}.
 * Every item has a fixed id (applicants: their ID number's blind index) and is inserted only if it is not
 * there yet, so a load interrupted at any point completes on the next start and a complete one adds nothing.
 */
@Component
@Order(110)
public class EmploymentDemoLoader implements ApplicationRunner {

    /** What one load inserted (zero everywhere when the data was complete). */
    public record Loaded(int stations, int postings, int applicants, int loans) {
    }

    private static final Logger log = LoggerFactory.getLogger(EmploymentDemoLoader.class);
    private static final String BY = DemoDataLoader.BY;
    private static final int BATCH = 500;

    private final MongoTemplate mongo;
    private final PersonRegistry persons;
    private final EmploymentService employment;
    private final LoanService loans;
    private final boolean enabled;

    public EmploymentDemoLoader(MongoTemplate mongo, PersonRegistry persons, EmploymentService employment, LoanService loans,
                                @Value("${platform.demo-data.enabled:false}") boolean enabled) {
        this.mongo = mongo;
        this.persons = persons;
        this.employment = employment;
        this.loans = loans;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled) {
            long started = System.nanoTime();
            Loaded loaded = load(new EmploymentDemoGenerator().generate(EmploymentDemoGenerator.Targets.report2024()));
            log.info("Employment demo data for 2024: inserted {} in {} ms", loaded, (System.nanoTime() - started) / 1_000_000);
        }
    }

    public Loaded load(EmploymentDemoGenerator.Dataset data) {
        Instant now = Instant.now();
        List<ServiceStation> stations = missing(data.stations(), EmploymentDemoGenerator.DemoStation::id, ServiceStation.class)
                .stream().map(s -> new ServiceStation(s.id(), s.name(), s.community(), s.address(), s.openingHours(), s.openedOn(),
                        now, BY, true)).toList();
        insert(stations);

        List<JobPosting> postings = new ArrayList<>();
        for (DemoPosting p : missing(data.postings(), DemoPosting::id, JobPosting.class)) {
            JobPosting posting = new JobPosting(p.id(), p.title(), p.hiringOrganization(), p.jobLocation(), p.stationId(),
                    p.salaryMin(), p.salaryMax(), p.employmentType(), p.datePosted(), p.validThrough(), p.numberOfPositions(), 0,
                    null, now, BY, true, null);
            posting.pendingEvents().add(employment.jobPosted(posting));
            postings.add(posting);
        }
        insert(postings);

        List<DemoLoan> newLoans = missing(data.loans(), DemoLoan::id, GuaranteedLoan.class);
        Map<String, String> applicantIds = new HashMap<>(); // ID number -> person id
        List<Person> newApplicants = new ArrayList<>();
        Map<String, String> byIndex = existingPersons(newLoans.stream().map(l -> persons.indexOf(l.applicant().idNumber())).toList());
        for (DemoLoan loan : newLoans) {
            String idNumber = loan.applicant().idNumber();
            String existing = byIndex.get(persons.indexOf(idNumber));
            if (existing == null && !applicantIds.containsKey(idNumber)) {
                var a = loan.applicant();
                Person person = persons.seal(new PersonRequests.RegisterPerson(idNumber, a.name(), a.phone(), a.address(),
                        a.community()), BY);
                newApplicants.add(person);
                existing = person.id();
            }
            applicantIds.putIfAbsent(idNumber, existing);
        }
        insert(newApplicants);

        List<GuaranteedLoan> documents = new ArrayList<>();
        for (DemoLoan l : newLoans) {
            List<GuaranteedLoan.StatusChange> history = List.of(
                    new GuaranteedLoan.StatusChange(null, LoanStatus.APPLIED, l.appliedOn(), BY, noon(l.appliedOn())),
                    new GuaranteedLoan.StatusChange(LoanStatus.APPLIED, LoanStatus.APPROVED, l.approvedOn(), BY, noon(l.approvedOn())),
                    new GuaranteedLoan.StatusChange(LoanStatus.APPROVED, LoanStatus.DISBURSED, l.grantedOn(), BY, noon(l.grantedOn())));
            documents.add(new GuaranteedLoan(l.id(), applicantIds.get(l.applicant().idNumber()), l.amount(), l.bank(),
                    LoanStatus.DISBURSED, l.appliedOn(), l.grantedOn(), l.grantedOn(), new ArrayList<>(history),
                    noon(l.appliedOn()), BY, true,
                    new ArrayList<>(List.of(loans.loanGranted(l.id(), l.bank(), l.amount(), l.grantedOn())))));
        }
        insert(documents);
        return new Loaded(stations.size(), postings.size(), newApplicants.size(), documents.size());
    }

    private static Instant noon(java.time.LocalDate day) {
        return day.atTime(LocalTime.NOON).toInstant(ZoneOffset.ofHours(8));
    }

    /** The items whose id is not stored yet. */
    private <T> List<T> missing(List<T> items, Function<T, String> id, Class<?> type) {
        Set<String> present = new HashSet<>();
        for (int i = 0; i < items.size(); i += BATCH) {
            List<String> ids = items.subList(i, Math.min(items.size(), i + BATCH)).stream().map(id).toList();
            Query query = Query.query(Criteria.where("_id").in(ids));
            query.fields().include("_id");
            mongo.find(query, org.bson.Document.class, mongo.getCollectionName(type)).forEach(d -> present.add(d.getString("_id")));
        }
        return items.stream().filter(item -> !present.contains(id.apply(item))).toList();
    }

    /** Blind index -> person id of the persons already registered. */
    private Map<String, String> existingPersons(List<String> indexes) {
        Map<String, String> found = new HashMap<>();
        for (int i = 0; i < indexes.size(); i += BATCH) {
            Query query = Query.query(Criteria.where("idNumberIndex").in(indexes.subList(i, Math.min(indexes.size(), i + BATCH))));
            query.fields().include("_id", "idNumberIndex");
            mongo.find(query, org.bson.Document.class, "persons")
                    .forEach(d -> found.put(d.getString("idNumberIndex"), d.getString("_id")));
        }
        return found;
    }

    private void insert(Collection<?> documents) {
        List<?> list = List.copyOf(documents);
        for (int i = 0; i < list.size(); i += BATCH) {
            mongo.insertAll(list.subList(i, Math.min(list.size(), i + BATCH)));
        }
    }
}
