package cn.gov.zhushan.plan.livelihood.demo;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import cn.gov.zhushan.plan.livelihood.rosters.RosterTier;

/**
 * The synthetic 2024 roster of one-child family rewards (urban families, 100 yuan a family a month, paid to the two
 * parents): 37,000 families paid all year and 2,211 who left during it (1,210 after April, 1,001 after September),
 * so the year pays 457,849 family-months = 45,784,900.00 yuan = 4,578.49万元, the report's figure; 37,000 families
 * at the year's end, 39,211 paid at least once. The split of the leavers is invented to make the total exact.
 */
public final class OneChildRewardDemo {

    public static final String PROGRAM = "ONE_CHILD_REWARD";
    static final BigDecimal MONTHLY_STANDARD = new BigDecimal("100.00");
    static final long ALL_YEAR = 37_000;
    static final long LEFT_AFTER_APRIL = 1_210;
    static final long LEFT_AFTER_SEPTEMBER = 1_001;
    static final int PARENTS = 2;

    private OneChildRewardDemo() {
    }

    public static List<RosterTier> tiers(int year) {
        return List.of(tier(ALL_YEAR, year, 12), tier(LEFT_AFTER_APRIL, year, 4), tier(LEFT_AFTER_SEPTEMBER, year, 9));
    }

    private static RosterTier tier(long families, int year, int lastMonth) {
        return new RosterTier(MONTHLY_STANDARD, families, families * PARENTS, YearMonth.of(year, 1), YearMonth.of(year, lastMonth));
    }
}
