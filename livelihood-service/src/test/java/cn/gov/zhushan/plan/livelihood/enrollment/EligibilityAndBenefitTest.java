package cn.gov.zhushan.plan.livelihood.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.zhushan.plan.livelihood.programs.BenefitRule;
import cn.gov.zhushan.plan.livelihood.programs.SubsidyProgram;
import cn.gov.zhushan.plan.livelihood.registry.Household;
import cn.gov.zhushan.plan.platform.web.ConflictException;

class EligibilityAndBenefitTest {

    static final SubsidyProgram DIBAO = new SubsidyProgram("DIBAO_URBAN", "", "", "STANDARD_MINUS_INCOME",
            new BigDecimal("900.00"), "MONTHLY", "", "HOUSEHOLD", "URBAN", null, "DIBAO");
    static final SubsidyProgram REWARD = new SubsidyProgram("AGE_60_ALLOWANCE", "", "", "FIXED_AMOUNT",
            new BigDecimal("100.00"), "MONTHLY", "", "PERSON", "ANY", 60, null);
    static final LocalDate TODAY = LocalDate.of(2024, 9, 1);

    private static Household household(Household.Residence residence, String income) {
        return new Household("h", residence, "c", "p1", List.of("p1", "p2", "p3"), new BigDecimal(income), true, Instant.EPOCH);
    }

    @Test
    void dibaoPaysTheStandardMinusIncomeTimesMembers() {
        assertThat(BenefitRule.monthlyEntitlement(DIBAO, 3, new BigDecimal("650.50"))).isEqualByComparingTo("748.50");
        assertThat(BenefitRule.monthlyEntitlement(DIBAO, 3, new BigDecimal("950"))).isEqualByComparingTo("0");
        assertThat(BenefitRule.monthlyEntitlement(REWARD, 1, null)).isEqualByComparingTo("100.00");
    }

    @Test
    void eligibilityChecksResidenceIncomeAndAge() {
        assertThat(EnrollmentRules.ineligibility(DIBAO, household(Household.Residence.URBAN, "600"), null, TODAY)).isEmpty();
        assertThat(EnrollmentRules.ineligibility(DIBAO, household(Household.Residence.RURAL, "600"), null, TODAY))
                .singleElement().asString().startsWith("residence");
        assertThat(EnrollmentRules.ineligibility(DIBAO, household(Household.Residence.URBAN, "900"), null, TODAY))
                .singleElement().asString().startsWith("income");
        assertThat(EnrollmentRules.ineligibility(REWARD, null, LocalDate.of(1964, 9, 1), TODAY)).isEmpty();
        assertThat(EnrollmentRules.ineligibility(REWARD, null, LocalDate.of(1964, 9, 2), TODAY))
                .singleElement().asString().startsWith("age");
    }

    @Test
    void membershipStatesMoveOnlyForward() {
        EnrollmentRules.requireTransition(Enrollment.State.ENROLLED, Enrollment.State.PAUSED);
        EnrollmentRules.requireTransition(Enrollment.State.PAUSED, Enrollment.State.ENROLLED);
        assertThatThrownBy(() -> EnrollmentRules.requireTransition(Enrollment.State.EXITED, Enrollment.State.ENROLLED))
                .isInstanceOf(ConflictException.class);
    }
}
