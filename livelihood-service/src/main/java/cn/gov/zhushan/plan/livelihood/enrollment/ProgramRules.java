package cn.gov.zhushan.plan.livelihood.enrollment;

import java.util.Optional;
import java.util.Set;

/**
 * Rules between programs, checked when someone is enrolled and again when a month's entitlements are drafted:
 * extreme-poverty support (特困) and dibao exclude each other for the same person; the living subsidy for disabled
 * persons in difficulty needs a dibao household; the care subsidy needs disability grade 1 or 2. Plain so a unit
 * test can run it.
 */
public final class ProgramRules {

    public static final String EXTREME_POVERTY_EXCLUDES_DIBAO = "EXTREME_POVERTY_EXCLUDES_DIBAO";
    public static final String DISABILITY_LIVING_REQUIRES_DIBAO_HOUSEHOLD = "DISABILITY_LIVING_REQUIRES_DIBAO_HOUSEHOLD";
    public static final String DISABILITY_CARE_REQUIRES_GRADE_1_OR_2 = "DISABILITY_CARE_REQUIRES_GRADE_1_OR_2";

    public static final Set<String> DIBAO = Set.of("DIBAO_URBAN", "DIBAO_RURAL");
    public static final String EXTREME_POVERTY = "EXTREME_POVERTY";
    public static final String DISABILITY_LIVING = "DISABILITY_LIVING";
    public static final String DISABILITY_CARE = "DISABILITY_CARE";

    /**
     * What the rules need to know about the beneficiary (at the time that matters: now for an enrollment, the month for
     * a payment).
     *
     * @param householdInDibao         the beneficiary's household is in dibao
     * @param memberInExtremePoverty   a member of the household (for dibao) is in extreme-poverty support
     * @param disabilityGrade          the person's disability grade (1 most severe to 4), or null
     */
    public record Facts(boolean householdInDibao, boolean memberInExtremePoverty, Integer disabilityGrade) {
    }

    /** The broken rule's name and why. */
    public record Violation(String rule, String detail) {
    }

    private ProgramRules() {
    }

    /** Whether the rules depend on anything beyond the program itself for this program. */
    public static boolean constrains(String programCode) {
        return DIBAO.contains(programCode) || EXTREME_POVERTY.equals(programCode) || DISABILITY_LIVING.equals(programCode)
                || DISABILITY_CARE.equals(programCode);
    }

    public static Optional<Violation> check(String programCode, Facts facts) {
        if (DIBAO.contains(programCode) && facts.memberInExtremePoverty()) {
            return Optional.of(new Violation(EXTREME_POVERTY_EXCLUDES_DIBAO,
                    "特困供养与低保不可兼得: a member of this household receives extreme-poverty support."));
        }
        if (EXTREME_POVERTY.equals(programCode) && facts.householdInDibao()) {
            return Optional.of(new Violation(EXTREME_POVERTY_EXCLUDES_DIBAO,
                    "特困供养与低保不可兼得: this person's household receives dibao."));
        }
        if (DISABILITY_LIVING.equals(programCode) && !facts.householdInDibao()) {
            return Optional.of(new Violation(DISABILITY_LIVING_REQUIRES_DIBAO_HOUSEHOLD,
                    "困难残疾人生活补贴 requires a household that receives dibao."));
        }
        if (DISABILITY_CARE.equals(programCode)
                && (facts.disabilityGrade() == null || facts.disabilityGrade() < 1 || facts.disabilityGrade() > 2)) {
            return Optional.of(new Violation(DISABILITY_CARE_REQUIRES_GRADE_1_OR_2,
                    "重度残疾人护理补贴 requires disability grade 1 or 2 (recorded: "
                            + (facts.disabilityGrade() == null ? "none" : facts.disabilityGrade()) + ")."));
        }
        return Optional.empty();
    }
}
