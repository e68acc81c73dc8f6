package cn.gov.zhushan.plan.livelihood.rosters;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import cn.gov.zhushan.plan.livelihood.summary.ProgramYear.Counts;

/**
 * One-child family rewards over an aggregated roster: each family is paid its tier's monthly standard for every
 * month the tier covers. Plain so a unit test can run it.
 */
public final class OneChildRewardRule {

    private OneChildRewardRule() {
    }

    /** Families and recipients paid for the month. */
    public static Counts paidIn(List<RosterTier> tiers, YearMonth month) {
        long families = 0;
        long persons = 0;
        for (RosterTier tier : tiers) {
            if (tier.covers(month)) {
                families += tier.families();
                persons += tier.persons();
            }
        }
        return new Counts(families, persons);
    }

    /** The month's amount, yuan. */
    public static BigDecimal amountFor(List<RosterTier> tiers, YearMonth month) {
        return tiers.stream().filter(t -> t.covers(month))
                .map(t -> t.monthlyStandard().multiply(BigDecimal.valueOf(t.families())))
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    }

    public static BigDecimal amountForYear(List<RosterTier> tiers, int year) {
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (int month = 1; month <= 12; month++) {
            total = total.add(amountFor(tiers, YearMonth.of(year, month)));
        }
        return total;
    }

    /** Families (and recipients) paid for at least one month of the year: every tier that overlaps it. */
    public static Counts paidAtLeastOnce(List<RosterTier> tiers, int year) {
        long families = 0;
        long persons = 0;
        for (RosterTier tier : tiers) {
            if (tier.firstYear() <= year && tier.lastYear() >= year) {
                families += tier.families();
                persons += tier.persons();
            }
        }
        return new Counts(families, persons);
    }
}
