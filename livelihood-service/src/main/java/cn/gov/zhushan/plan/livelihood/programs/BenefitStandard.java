package cn.gov.zhushan.plan.livelihood.programs;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A program's monthly standard from a month on ({@code id = PROGRAM|yyyy-MM}), until a later one takes effect. Every
 * change is appended to {@code history} in the same single-document write as the change, so the audit record cannot
 * be missing or stray (the store has no multi-document transactions).
 */
@Document("benefit_standards")
public record BenefitStandard(@Id String id, String programCode, String effectiveFrom, BigDecimal monthlyAmount,
                              List<Change> history, @Version Long version) {

    /** One change: the amount before (null when the standard was first set) and after, who, when and why. */
    public record Change(BigDecimal before, BigDecimal after, String by, Instant at, String reason) {
    }

    public static String idOf(String programCode, String effectiveFrom) {
        return programCode + "|" + effectiveFrom;
    }

    BenefitStandard set(BigDecimal amount, String by, Instant at, String reason) {
        List<Change> changes = new ArrayList<>(history == null ? List.of() : history);
        changes.add(new Change(monthlyAmount, amount, by, at, reason));
        return new BenefitStandard(id, programCode, effectiveFrom, amount, changes, version);
    }
}
