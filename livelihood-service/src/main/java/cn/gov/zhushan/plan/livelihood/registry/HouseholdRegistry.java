package cn.gov.zhushan.plan.livelihood.registry;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import cn.gov.zhushan.plan.platform.web.BusinessRuleException;
import cn.gov.zhushan.plan.platform.web.ConflictException;
import cn.gov.zhushan.plan.platform.web.NotFoundException;

/** Households: members must be registered persons and belong to one household only; a registration is all or nothing. */
@Service
public class HouseholdRegistry {

    private final HouseholdRepository households;
    private final PersonRepository persons;
    private final MongoTemplate mongo;
    private final Clock clock;

    public HouseholdRegistry(HouseholdRepository households, PersonRepository persons, MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.households = households;
        this.persons = persons;
        this.clock = clock;
    }

    public Household register(PersonRequests.RegisterHousehold request) {
        List<String> memberIds = List.copyOf(new LinkedHashSet<>(request.memberIds()));
        if (!memberIds.contains(request.headPersonId())) {
            throw new BusinessRuleException("The head of the household must be one of its members.");
        }
        List<Person> members = memberIds.stream().map(id -> persons.findById(id)
                .orElseThrow(() -> new BusinessRuleException("No person with id " + id + " is registered."))).toList();
        for (Person member : members) {
            if (member.householdId() != null) {
                throw new ConflictException("Person " + member.id() + " already belongs to household " + member.householdId() + ".");
            }
        }
        Household household = new Household(UUID.randomUUID().toString(), request.residence(), request.community(),
                request.headPersonId(), memberIds, request.monthlyIncomePerCapita(),
                request.payoutAccountVerified() == null || request.payoutAccountVerified(), Instant.now(clock));
        // No multi-document transactions on the store: the household goes in first, then each member is claimed by a
        // conditional update (only a person with no household yet). A claim that fails releases the claims already
        // made and removes the household, so a conflict leaves neither an orphan household nor members pointing at it.
        households.insert(household);
        List<String> claimed = new ArrayList<>();
        try {
            for (String memberId : memberIds.stream().sorted().toList()) { // one order for all: two registrations meet early
                if (!claim(memberId, household.id())) {
                    throw new ConflictException("Person " + memberId + " already belongs to another household.");
                }
                claimed.add(memberId);
            }
        } catch (RuntimeException e) {
            claimed.forEach(memberId -> release(memberId, household.id()));
            households.deleteById(household.id());
            throw e;
        }
        return household;
    }

    private boolean claim(String personId, String householdId) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(personId).and("householdId").is(null)),
                new Update().set("householdId", householdId).inc("version", 1), Person.class).getModifiedCount() == 1;
    }

    private void release(String personId, String householdId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(personId).and("householdId").is(householdId)),
                new Update().unset("householdId").inc("version", 1), Person.class);
    }

    public Household update(String id, PersonRequests.UpdateHousehold request) {
        Household household = get(id);
        household.update(request.monthlyIncomePerCapita(), request.payoutAccountVerified());
        return households.save(household);
    }

    public Household get(String id) {
        return households.findById(id).orElseThrow(() -> new NotFoundException("No household with id " + id + "."));
    }
}
