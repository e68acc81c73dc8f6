package cn.gov.zhushan.plan.livelihood.payments;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;

import cn.gov.zhushan.plan.livelihood.registry.Household;
import cn.gov.zhushan.plan.livelihood.registry.HouseholdRepository;

/** Stands in for the bank: a transfer fails while the household's payout account is not verified. */
@Component
class SimulatedPayoutChannel implements PayoutChannel {

    private final HouseholdRepository households;

    SimulatedPayoutChannel(HouseholdRepository households) {
        this.households = households;
    }

    @Override
    public String transfer(Payment payment) {
        if (payment.householdId() == null) {
            return null;
        }
        var household = households.findById(payment.householdId());
        if (household.isEmpty()) {
            return "household not found";
        }
        return household.get().payoutAccountVerified() ? null : "payout account not verified";
    }

    /** One look-up of the batch's households instead of one per payment. */
    @Override
    public Map<String, String> transferAll(List<Payment> payments) {
        Map<String, Household> byId = new HashMap<>();
        households.findAllById(payments.stream().map(Payment::householdId).filter(Objects::nonNull).distinct().toList())
                .forEach(h -> byId.put(h.id(), h));
        Map<String, String> failures = new HashMap<>();
        for (Payment payment : payments) {
            if (payment.householdId() == null) {
                continue;
            }
            Household household = byId.get(payment.householdId());
            if (household == null) {
                failures.put(payment.id(), "household not found");
            } else if (!household.payoutAccountVerified()) {
                failures.put(payment.id(), "payout account not verified");
            }
        }
        return failures;
    }
}
