package cn.gov.zhushan.plan.livelihood.programs;

import java.math.BigDecimal;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A subsidy program and its benefit rule.
 *
 * @param benefitRule    {@code FIXED_AMOUNT} or {@code STANDARD_MINUS_INCOME} (dibao: local standard minus the
 *                       household's per-capita income, times members)
 * @param monthlyAmount  the fixed monthly amount or the local standard per person, yuan
 */
@Document("programs")
public record SubsidyProgram(@Id String code, String nameZh, String nameEn, String benefitRule,
                             BigDecimal monthlyAmount, String periodType, String department) {
}
