package cn.gov.zhushan.plan.livelihood.employment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
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
 * Stations, postings, seekers and placements. Every rule is checked before the first write, so refused
 * input writes nothing; each event is written in the same single-document write as its change.
 */
@Service
public class EmploymentService {

    private static final int CLAIM_ATTEMPTS = 20;

    private final MongoTemplate mongo;
    private final PersonRepository persons;
    private final DomainEvents events;
    private final Clock clock;

    public EmploymentService(MongoTemplate mongo, PersonRepository persons, DomainEvents events, Clock clock) {
        this.mongo = mongo;
        this.persons = persons;
        this.events = events;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(EnrollmentService.DISTRICT_TIME));
    }

    public ServiceStation createStation(EmploymentRequests.CreateStation r, String by) {
        if (r.openedOn() != null && r.openedOn().isAfter(today())) {
            throw new BusinessRuleException("openedOn (" + r.openedOn() + ") must not be in the future.");
        }
        try {
            return mongo.insert(new ServiceStation(r.id(), r.name(), r.community(), r.address(), r.openingHours(), r.openedOn(),
                    Instant.now(clock), by, false));
        } catch (DuplicateKeyException e) {
            throw new ConflictException("A station with id " + r.id() + " already exists.");
        }
    }

    public ServiceStation station(String id) {
        return MongoLookups.require(mongo, id, ServiceStation.class, "employment service station");
    }

    private void requireStation(String id) {
        if (!mongo.exists(Query.query(Criteria.where("_id").is(id)), ServiceStation.class)) {
            throw new BusinessRuleException("Unknown employment service station " + id + ".");
        }
    }

    /** Creates the posting with its job-posted event in one insert. */
    public JobPosting post(EmploymentRequests.CreatePosting r, String by) {
        EmploymentRules.requireValidPosting(r.baseSalary().minValue(), r.baseSalary().maxValue(), r.datePosted(),
                r.validThrough(), today());
        requireStation(r.stationId());
        String id = UUID.randomUUID().toString();
        JobPosting posting = new JobPosting(id, r.title(), r.hiringOrganization(), r.jobLocation(), r.stationId(),
                r.baseSalary().minValue(), r.baseSalary().maxValue(), r.employmentType(), r.datePosted(), r.validThrough(),
                r.numberOfPositions(), 0, r.description(), Instant.now(clock), by, false, null);
        posting.pendingEvents().add(jobPosted(posting));
        return mongo.insert(posting);
    }

    public PendingEvent jobPosted(JobPosting posting) {
        return events.create(EmploymentEvents.JOB_POSTED, posting.id(), "postings/" + posting.id(),
                EmploymentEvents.JobPosted.of(posting), PaymentCycles.EXTENSIONS);
    }

    public JobPosting posting(String id) {
        return MongoLookups.require(mongo, id, JobPosting.class, "job posting");
    }

    /** Postings, newest first, optionally of one station or type, or open on a given day. */
    public Page<JobPosting> postings(String stationId, EmploymentType type, LocalDate openOn, Pageable pageable) {
        Criteria criteria = new Criteria();
        if (stationId != null) {
            criteria = criteria.and("stationId").is(stationId);
        }
        if (type != null) {
            criteria = criteria.and("employmentType").is(type);
        }
        if (openOn != null) {
            criteria = criteria.and("datePosted").lte(openOn).and("validThrough").gte(openOn);
        }
        return MongoPages.find(mongo, criteria, pageable, JobPosting.class);
    }

    public JobSeeker registerSeeker(EmploymentRequests.RegisterSeeker r, String by) {
        if (!persons.existsById(r.personId())) {
            throw new BusinessRuleException("No person with id " + r.personId() + " is registered.");
        }
        if (r.stationId() != null) {
            requireStation(r.stationId());
        }
        try {
            return mongo.insert(new JobSeeker(UUID.randomUUID().toString(), r.personId(), List.copyOf(r.skills()),
                    r.desiredJob(), r.stationId(), Instant.now(clock), by));
        } catch (DuplicateKeyException e) {
            throw new ConflictException("Person " + r.personId() + " is already registered as a job seeker.");
        }
    }

    public JobSeeker seeker(String id) {
        return MongoLookups.require(mongo, id, JobSeeker.class, "job seeker");
    }

    public Page<JobSeeker> seekers(String stationId, Pageable pageable) {
        return MongoPages.find(mongo, stationId == null ? new Criteria() : Criteria.where("stationId").is(stationId), pageable,
                JobSeeker.class);
    }

    /**
     * Records a placement. The posting's counter is raised by a conditional update on the value just read
     * (so concurrent placements can never exceed the positions), then the placement is inserted with its
     * event; if the unique index finds the same seeker already placed there, the slot is given back (409).
     */
    public Placement place(EmploymentRequests.RecordPlacement r, String by) {
        JobPosting posting = mongo.findById(r.postingId(), JobPosting.class);
        if (posting == null) {
            throw new BusinessRuleException("Unknown job posting " + r.postingId() + ".");
        }
        if (!mongo.exists(Query.query(Criteria.where("_id").is(r.seekerId())), JobSeeker.class)) {
            throw new BusinessRuleException("Unknown job seeker " + r.seekerId() + ".");
        }
        EmploymentRules.requireStartDate(r.startDate(), posting.datePosted());
        Query samePair = Query.query(Criteria.where("postingId").is(r.postingId()).and("seekerId").is(r.seekerId()));
        if (mongo.exists(samePair, Placement.class)) {
            throw duplicatePlacement();
        }
        int placements = claimPosition(posting);
        Placement placement = new Placement(UUID.randomUUID().toString(), posting.id(), r.seekerId(), posting.stationId(),
                r.startDate(), Instant.now(clock), by, null);
        placement.pendingEvents().add(events.create(EmploymentEvents.PLACEMENT_RECORDED, posting.id(), "postings/" + posting.id(),
                new EmploymentEvents.PlacementRecorded(posting.id(), posting.stationId(), placements,
                        posting.numberOfPositions(), posting.numberOfPositions() - placements, today()),
                PaymentCycles.EXTENSIONS));
        try {
            return mongo.insert(placement);
        } catch (DuplicateKeyException e) { // a concurrent request placed the same seeker first
            mongo.updateFirst(Query.query(Criteria.where("_id").is(posting.id()).and("placements").gt(0)),
                    new Update().inc("placements", -1), JobPosting.class);
            throw duplicatePlacement();
        }
    }

    private static ConflictException duplicatePlacement() {
        return new ConflictException("This seeker is already placed on this posting.");
    }

    /** Takes one position of the posting; returns the placement count including it. */
    private int claimPosition(JobPosting posting) {
        JobPosting current = posting;
        for (int attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
            EmploymentRules.requireCapacity(current.placements(), current.numberOfPositions());
            long changed = mongo.updateFirst(Query.query(Criteria.where("_id").is(current.id()).and("placements").is(current.placements())),
                    new Update().set("placements", current.placements() + 1), JobPosting.class).getModifiedCount();
            if (changed == 1) {
                return current.placements() + 1;
            }
            current = posting(current.id());
        }
        throw new ConflictException("The posting is being changed concurrently; retry.");
    }

    public Placement placement(String id) {
        return MongoLookups.require(mongo, id, Placement.class, "placement");
    }

    public Page<Placement> placements(String postingId, String seekerId, Pageable pageable) {
        Criteria criteria = new Criteria();
        if (postingId != null) {
            criteria = criteria.and("postingId").is(postingId);
        }
        if (seekerId != null) {
            criteria = criteria.and("seekerId").is(seekerId);
        }
        return MongoPages.find(mongo, criteria, pageable, Placement.class);
    }

}
