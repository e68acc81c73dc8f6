package cn.gov.zhushan.plan.livelihood.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProgramRulesTest {

    private static String broken(String program, boolean householdInDibao, boolean memberInPoverty, Integer grade) {
        return ProgramRules.check(program, new ProgramRules.Facts(householdInDibao, memberInPoverty, grade))
                .map(ProgramRules.Violation::rule).orElse(null);
    }

    @Test
    void extremePovertySupportAndDibaoExcludeEachOtherForTheSamePerson() {
        assertThat(broken("EXTREME_POVERTY", true, false, null)).isEqualTo(ProgramRules.EXTREME_POVERTY_EXCLUDES_DIBAO);
        assertThat(broken("EXTREME_POVERTY", false, false, null)).isNull();
        assertThat(broken("DIBAO_URBAN", false, true, null)).isEqualTo(ProgramRules.EXTREME_POVERTY_EXCLUDES_DIBAO);
        assertThat(broken("DIBAO_RURAL", false, true, null)).isEqualTo(ProgramRules.EXTREME_POVERTY_EXCLUDES_DIBAO);
        assertThat(broken("DIBAO_RURAL", false, false, null)).isNull();
    }

    @Test
    void theLivingSubsidyNeedsADibaoHousehold() {
        assertThat(broken("DISABILITY_LIVING", false, false, 1)).isEqualTo(ProgramRules.DISABILITY_LIVING_REQUIRES_DIBAO_HOUSEHOLD);
        assertThat(broken("DISABILITY_LIVING", true, false, 4)).isNull();
    }

    @Test
    void theCareSubsidyNeedsGradeOneOrTwo() {
        assertThat(broken("DISABILITY_CARE", false, false, 1)).isNull();
        assertThat(broken("DISABILITY_CARE", false, false, 2)).isNull();
        assertThat(broken("DISABILITY_CARE", true, false, 3)).isEqualTo(ProgramRules.DISABILITY_CARE_REQUIRES_GRADE_1_OR_2);
        assertThat(broken("DISABILITY_CARE", true, false, null)).isEqualTo(ProgramRules.DISABILITY_CARE_REQUIRES_GRADE_1_OR_2);
    }

    @Test
    void otherProgramsAreNotConstrained() {
        assertThat(ProgramRules.constrains("ONE_CHILD_REWARD")).isFalse();
        assertThat(broken("ONE_CHILD_REWARD", false, true, null)).isNull();
    }
}
