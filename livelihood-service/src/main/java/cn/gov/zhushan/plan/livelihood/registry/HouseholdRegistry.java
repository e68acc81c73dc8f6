package cn.gov.zhushan.plan.livelihood.registry;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

import cn.gov.zhushan.plan.platform.web.BusinessRuleException;
import cn.gov.zhushan.plan.platform.web.ConflictException;
import cn.gov.zhushan.plan.platform.web.NotFoundException;

/** Households: members must be registered persons and belong to one household only. */
@Service
public class HouseholdRegistry {

    private final HouseholdRepository households;
    private final PersonRepository persons;
    private final Clock clock;

    public HouseholdRegistry(HouseholdRepository households, PersonRepository persons, Clock clock) {
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
        // check-then-act across documents: the optimistic version on each person catches a concurrent household
        households.insert(household);
        for (Person member : members) {
            member.joinHousehold(household.id());
            persons.save(member);
        }
        return household;
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
