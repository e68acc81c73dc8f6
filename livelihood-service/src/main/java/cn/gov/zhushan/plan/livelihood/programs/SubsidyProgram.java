package cn.gov.zhushan.plan.livelihood.programs;

import java.math.BigDecimal;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A subsidy program, its benefit rule and its eligibility rules.
 *
 * @param benefitRule     {@code FIXED_AMOUNT} or {@code STANDARD_MINUS_INCOME} (dibao: local standard minus the
 *                        household's per-capita income, times members)
 * @param monthlyAmount   the fixed monthly amount per beneficiary, or for dibao the local standard per person, yuan
 * @param beneficiaryType {@code HOUSEHOLD} (dibao) or {@code PERSON}
 * @param residence       eligibility: {@code URBAN}, {@code RURAL} or {@code ANY} (the household's registration)
 * @param minAge          eligibility: minimum age in full years, or null
 * @param dedupeFamily    programs of one family exclude each other (a household is at most once in dibao,
 *                        urban or rural)
 */
@Document("programs")
public record SubsidyProgram(@Id String code, String nameZh, String nameEn, String benefitRule,
                             BigDecimal monthlyAmount, String periodType, String department,
                             String beneficiaryType, String residence, Integer minAge, String dedupeFamily) {

    public static final String STANDARD_MINUS_INCOME = "STANDARD_MINUS_INCOME";
    public static final String HOUSEHOLD = "HOUSEHOLD";

    public boolean householdBased() {
        return HOUSEHOLD.equals(beneficiaryType);
    }

    /** The same program with the standard in effect for a month (see {@link StandardsInEffect}). */
    public SubsidyProgram withMonthlyAmount(BigDecimal amount) {
        return new SubsidyProgram(code, nameZh, nameEn, benefitRule, amount, periodType, department, beneficiaryType,
                residence, minAge, dedupeFamily);
    }

    public String family() {
        return dedupeFamily == null ? code : dedupeFamily;
    }
}
