package cn.gov.zhushan.plan.livelihood.registry;

import java.math.BigDecimal;
import java.util.List;

/** A household; it holds person ids only, no personal data. */
public record HouseholdView(String id, Household.Residence residence, String community, String headPersonId,
                            List<String> memberIds, int members, BigDecimal monthlyIncomePerCapita,
                            boolean payoutAccountVerified) {

    static HouseholdView of(Household h) {
        return new HouseholdView(h.id(), h.residence(), h.community(), h.headPersonId(), h.memberIds(), h.members(),
                h.monthlyIncomePerCapita(), h.payoutAccountVerified());
    }
}
