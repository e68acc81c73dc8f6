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
        Sum sum = new Sum();
        payments.forEach(sum::add);
        return sum.build();
    }

    /** Adds payments one at a time (a cycle's payments are streamed, not loaded at once). */
    static final class Sum {
        private final Set<String> households = new HashSet<>();
        private long persons;
        private BigDecimal amount = BigDecimal.ZERO;

        void add(Payment p) {
            households.add(p.householdId() != null ? p.householdId() : p.beneficiaryKey());
            persons += p.persons();
            amount = amount.add(p.amount());
        }

        CycleTotals build() {
            return new CycleTotals(households.size(), persons, amount);
        }
    }
}
