package cn.gov.zhushan.plan.livelihood.enrollment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.gov.zhushan.plan.livelihood.enrollment.Enrollment.State;
import cn.gov.zhushan.plan.livelihood.programs.SubsidyProgram;
import cn.gov.zhushan.plan.livelihood.registry.Household;
import cn.gov.zhushan.plan.platform.web.BusinessRuleException;
import cn.gov.zhushan.plan.platform.web.ConflictException;

/** Eligibility and membership-state rules, plain so a unit test can run them. */
public final class EnrollmentRules {

    private static final Map<State, Set<State>> ALLOWED = Map.of(
            State.ENROLLED, Set.of(State.PAUSED, State.EXITED, State.DUPLICATED),
            State.PAUSED, Set.of(State.ENROLLED, State.EXITED, State.DUPLICATED),
            State.EXITED, Set.of(),
            State.DUPLICATED, Set.of());

    private EnrollmentRules() {
    }

    public static void requireTransition(State from, State to) {
        if (!ALLOWED.get(from).contains(to)) {
            throw new ConflictException("An enrollment cannot go from " + from + " to " + to + ".");
        }
    }

    /**
     * The reasons a beneficiary is not eligible; empty when eligible. The ID number's validity is checked at
     * registration, so every registered person has one.
     *
     * @param household the beneficiary's household (required for residence and income rules), or null
     * @param birthDate the person's birth date for age rules (person programs), or null
     */
    public static List<String> ineligibility(SubsidyProgram program, Household household, LocalDate birthDate, LocalDate today) {
        List<String> reasons = new ArrayList<>();
        if (!"ANY".equals(program.residence())) {
            if (household == null) {
                reasons.add("residence: the beneficiary must belong to a registered household");
            } else if (!household.residence().name().equals(program.residence())) {
                reasons.add("residence: the household is registered as " + household.residence() + ", the program needs " + program.residence());
            }
        }
        if (SubsidyProgram.STANDARD_MINUS_INCOME.equals(program.benefitRule())) {
            BigDecimal income = household == null ? null : household.monthlyIncomePerCapita();
            if (income == null || income.compareTo(program.monthlyAmount()) >= 0) {
                reasons.add("income: the monthly income per member must be below the local standard of "
                        + program.monthlyAmount().toPlainString() + " yuan");
            }
        }
        if (program.minAge() != null && (birthDate == null || Period.between(birthDate, today).getYears() < program.minAge())) {
            reasons.add("age: the program needs an age of at least " + program.minAge());
        }
        return reasons;
    }

    public static void requireEligible(SubsidyProgram program, Household household, LocalDate birthDate, LocalDate today) {
        List<String> reasons = ineligibility(program, household, birthDate, today);
        if (!reasons.isEmpty()) {
            throw new BusinessRuleException("Not eligible for " + program.code() + ": " + String.join("; ", reasons) + ".");
        }
    }
}
