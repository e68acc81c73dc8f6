package cn.gov.zhushan.plan.project.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * @param amount        yuan, more than zero
 * @param kind          FUNDS when absent
 * @param sharedGrantId the id of a grant several projects share (each entry carries the whole grant)
 */
public record FundingRequest(@NotNull FundingSource source, @NotNull FundingStatus status,
                             @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 14, fraction = 2) BigDecimal amount,
                             @NotNull @PastOrPresent LocalDate date, @Size(max = 1000) String note,
                             @Size(max = 100) String batch, FundingKind kind,
                             @Pattern(regexp = "[A-Za-z0-9-]{1,40}") String sharedGrantId) {

    public FundingRequest(FundingSource source, FundingStatus status, BigDecimal amount, LocalDate date, String note) {
        this(source, status, amount, date, note, null, null, null);
    }

    FundingEntry toEntry(String entryId) {
        return new FundingEntry(entryId, source, status, amount, date, note, batch,
                kind == null ? FundingKind.FUNDS : kind, sharedGrantId, null);
    }
}
