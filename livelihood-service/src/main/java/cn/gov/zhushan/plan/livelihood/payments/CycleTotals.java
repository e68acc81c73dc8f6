package cn.gov.zhushan.plan.livelihood.payments;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Totals of a set of payments: beneficiary households, persons and amount (yuan).
 */
public record CycleTotals(long households, long persons, BigDecimal amount) {

    public static final CycleTotals ZERO = new CycleTotals(0, 0, BigDecimal.ZERO);

    public static CycleTotals of(Collection<Payment> payments) {
        Set<String> households = new HashSet<>();
        long persons = 0;
        BigDecimal amount = BigDecimal.ZERO;
        for (Payment p : payments) {
            households.add(p.householdId() != null ? p.householdId() : p.beneficiaryKey());
            persons += p.persons();
            amount = amount.add(p.amount());
        }
        return new CycleTotals(households.size(), persons, amount);
    }
}
