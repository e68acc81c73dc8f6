package cn.gov.zhushan.plan.livelihood.programs;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Computes one beneficiary's monthly entitlement, yuan. Plain rules, unit-tested without Spring. */
public final class BenefitRule {

    private BenefitRule() {
    }

    /**
     * @param members               household members (1 for person programs)
     * @param perCapitaMonthlyIncome the household's monthly income per member, yuan (dibao only)
     * @return the monthly amount in yuan (2 decimals), zero when nothing is due
     */
    public static BigDecimal monthlyEntitlement(SubsidyProgram program, int members, BigDecimal perCapitaMonthlyIncome) {
        BigDecimal amount;
        if (SubsidyProgram.STANDARD_MINUS_INCOME.equals(program.benefitRule())) {
            BigDecimal income = perCapitaMonthlyIncome == null ? BigDecimal.ZERO : perCapitaMonthlyIncome;
            amount = program.monthlyAmount().subtract(income).max(BigDecimal.ZERO).multiply(BigDecimal.valueOf(members));
        } else {
            amount = program.monthlyAmount();
        }
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
