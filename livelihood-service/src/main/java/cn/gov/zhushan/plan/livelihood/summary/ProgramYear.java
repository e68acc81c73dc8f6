package cn.gov.zhushan.plan.livelihood.summary;

import java.math.BigDecimal;

/**
 * One program's year, from its distributed/reconciled cycles.
 *
 * @param yearEnd         beneficiaries paid in the year's latest cycle (the report's year-end count)
 * @param paidAtLeastOnce distinct beneficiaries paid in any month of the year
 * @param basis           where {@code paidAtLeastOnce} comes from: {@code PAYMENTS} (distinct over the payment
 *                        documents), {@code ROSTER} (an aggregated roster, see {@code rosters}) or {@code LARGEST_MONTH}
 *                        (cycles recorded as totals only, e.g. the demo's: the largest month, exact only when nobody
 *                        left and came back within the year, as in the demo data where everyone is enrolled from 1 January)
 */
public record ProgramYear(String programCode, int cycles, Counts yearEnd, Counts paidAtLeastOnce, String basis,
                          BigDecimal amountYuan) {

    public static final String PAYMENTS = "PAYMENTS";
    public static final String ROSTER = "ROSTER";
    public static final String LARGEST_MONTH = "LARGEST_MONTH";

    /** Households (for person programs: beneficiaries) and persons. */
    public record Counts(long households, long persons) {

        public static final Counts ZERO = new Counts(0, 0);

        Counts plus(Counts other) {
            return new Counts(households + other.households, persons + other.persons);
        }
    }
}
