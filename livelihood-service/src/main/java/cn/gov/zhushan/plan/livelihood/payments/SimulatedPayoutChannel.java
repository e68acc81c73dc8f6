package cn.gov.zhushan.plan.livelihood.payments;

import org.springframework.stereotype.Component;

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
}
