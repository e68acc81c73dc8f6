package cn.gov.zhushan.plan.livelihood.employment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import cn.gov.zhushan.plan.platform.web.BusinessRuleException;
import cn.gov.zhushan.plan.platform.web.ConflictException;

/** The employment rules, without Spring: salary ranges, posting dates, placement capacity and the loan life cycle. */
public final class EmploymentRules {

    /** A guaranteed loan moves forward only: APPLIED -> APPROVED -> DISBURSED -> REPAID | DEFAULTED; a bank may refuse before disbursing. */
    private static final Map<LoanStatus, Set<LoanStatus>> LOAN_TRANSITIONS = Map.of(
            LoanStatus.APPLIED, EnumSet.of(LoanStatus.APPROVED, LoanStatus.REJECTED),
            LoanStatus.APPROVED, EnumSet.of(LoanStatus.DISBURSED, LoanStatus.REJECTED),
            LoanStatus.DISBURSED, EnumSet.of(LoanStatus.REPAID, LoanStatus.DEFAULTED),
            LoanStatus.REPAID, EnumSet.noneOf(LoanStatus.class),
            LoanStatus.DEFAULTED, EnumSet.noneOf(LoanStatus.class),
            LoanStatus.REJECTED, EnumSet.noneOf(LoanStatus.class));

    private EmploymentRules() {
    }

    /** A posting's salary range is ordered and its validity does not end before it was posted or start in the future. */
    public static void requireValidPosting(BigDecimal salaryMin, BigDecimal salaryMax, LocalDate datePosted,
                                           LocalDate validThrough, LocalDate today) {
        if (salaryMin.compareTo(salaryMax) > 0) {
            throw new BusinessRuleException("baseSalary.minValue (" + salaryMin.toPlainString()
                    + ") must not exceed baseSalary.maxValue (" + salaryMax.toPlainString() + ").");
        }
        if (validThrough.isBefore(datePosted)) {
            throw new BusinessRuleException("validThrough (" + validThrough + ") must not be before datePosted (" + datePosted + ").");
        }
        if (datePosted.isAfter(today)) {
            throw new BusinessRuleException("datePosted (" + datePosted + ") must not be in the future.");
        }
    }

    /** A posting takes at most {@code numberOfPositions} placements. */
    public static void requireCapacity(int placements, int numberOfPositions) {
        if (placements >= numberOfPositions) {
            throw new ConflictException("The posting's " + numberOfPositions + " position(s) are all filled.");
        }
    }

    /** A placement cannot start before the job was posted. */
    public static void requireStartDate(LocalDate startDate, LocalDate datePosted) {
        if (startDate.isBefore(datePosted)) {
            throw new BusinessRuleException("startDate (" + startDate + ") must not be before the posting's datePosted (" + datePosted + ").");
        }
    }

    public static boolean loanTransitionAllowed(LoanStatus from, LoanStatus to) {
        return LOAN_TRANSITIONS.get(from).contains(to);
    }

    /**
     * Checks a loan's status change and its date: forward only (409 otherwise), dated neither in the future
     * nor before the previous change (422).
     */
    public static void requireLoanTransition(LoanStatus from, LoanStatus to, LocalDate previousOn, LocalDate on, LocalDate today) {
        if (!loanTransitionAllowed(from, to)) {
            throw new ConflictException("A loan cannot go from " + from + " to " + to + ".");
        }
        requireLoanDate(previousOn, on, today);
    }

    static void requireLoanDate(LocalDate previousOn, LocalDate on, LocalDate today) {
        if (on.isAfter(today)) {
            throw new BusinessRuleException("The date (" + on + ") must not be in the future.");
        }
        if (previousOn != null && on.isBefore(previousOn)) {
            throw new BusinessRuleException("The date (" + on + ") must not be before the loan's previous change (" + previousOn + ").");
        }
    }
}
