package cn.gov.zhushan.plan.project.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One funding entry of a project: the commitment (amount, date), with the money paid out of it as
 * separate {@link Disbursement} transactions.
 *
 * @param entryId       a client-chosen id; PUT by it is idempotent
 * @param amount        yuan
 * @param batch         the allocation round, e.g. 第二批
 * @param kind          money or a quota; entries stored before kinds existed are money
 * @param sharedGrantId set when one grant is shared by several projects: each of them carries the whole
 *                      grant under this id and totals count it once
 */
public record FundingEntry(String entryId, FundingSource source, FundingStatus status, BigDecimal amount,
                           LocalDate date, String note, String batch, FundingKind kind, String sharedGrantId,
                           List<Disbursement> disbursements) {

    public FundingEntry {
        kind = kind == null ? FundingKind.FUNDS : kind;
        disbursements = disbursements == null ? List.of() : List.copyOf(disbursements);
    }

    public FundingEntry(String entryId, FundingSource source, FundingStatus status, BigDecimal amount,
                        LocalDate date, String note) {
        this(entryId, source, status, amount, date, note, null, FundingKind.FUNDS, null, List.of());
    }

    /** Yuan paid out so far. */
    public BigDecimal disbursed() {
        return disbursements.stream().map(Disbursement::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public FundingEntry withDisbursement(Disbursement disbursement) {
        List<Disbursement> next = new ArrayList<>(disbursements);
        next.removeIf(d -> d.disbursementId().equals(disbursement.disbursementId()));
        next.add(disbursement);
        next.sort(java.util.Comparator.comparing(Disbursement::date).thenComparing(Disbursement::disbursementId));
        return new FundingEntry(entryId, source, status, amount, date, note, batch, kind, sharedGrantId, next);
    }

    /** The same commitment with the disbursements recorded so far (a PUT of the entry keeps them). */
    public FundingEntry withDisbursementsOf(FundingEntry previous) {
        return new FundingEntry(entryId, source, status, amount, date, note, batch, kind, sharedGrantId,
                previous.disbursements());
    }
}
