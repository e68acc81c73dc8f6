package cn.gov.zhushan.plan.livelihood.programs;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;

/**
 * The standard for a month is the one in effect on that month: the latest that took effect in or before it, or the
 * program's own amount when none did. Plain so a unit test can run it.
 */
public final class StandardsInEffect {

    private StandardsInEffect() {
    }

    public static BigDecimal forMonth(SubsidyProgram program, Collection<BenefitStandard> standards, YearMonth month) {
        return standards.stream()
                .filter(s -> s.programCode().equals(program.code()) && !YearMonth.parse(s.effectiveFrom()).isAfter(month))
                .max(Comparator.comparing(s -> YearMonth.parse(s.effectiveFrom())))
                .map(BenefitStandard::monthlyAmount)
                .orElse(program.monthlyAmount());
    }

    /** The program as it pays for the month. */
    public static SubsidyProgram asOf(SubsidyProgram program, Collection<BenefitStandard> standards, YearMonth month) {
        return program.withMonthlyAmount(forMonth(program, standards, month));
    }
}
