package cn.gov.zhushan.plan.project.funding;

import java.util.Collection;

import cn.gov.zhushan.plan.platform.web.BusinessRuleException;
import cn.gov.zhushan.plan.platform.web.ConflictException;

/** The rules a funding entry and its disbursements keep. */
public final class FundingRules {

    private FundingRules() {
    }

    /** A status only moves forward, and an entry keeps its source. */
    public static void requireForward(FundingEntry previous, FundingEntry next) {
        if (next.status().ordinal() < previous.status().ordinal()) {
            throw new ConflictException("Funding entry " + previous.entryId() + " is " + previous.status()
                    + " and cannot go back to " + next.status() + ".");
        }
        if (next.source() != previous.source()) {
            throw new ConflictException("Funding entry " + previous.entryId() + " is from " + previous.source()
                    + "; record another source as another entry.");
        }
        if (next.amount().compareTo(previous.disbursed()) < 0) {
            throw new BusinessRuleException("Funding entry " + previous.entryId() + " has paid out "
                    + previous.disbursed().toPlainString() + " yuan already; the amount cannot be less.");
        }
    }

    /**
     * A shared grant is one grant: every project that carries it must describe it alike, or the totals
     * (which count it once) would depend on which copy they read.
     */
    public static void requireSameGrant(Collection<FundingEntry> otherCopies, FundingEntry next) {
        for (FundingEntry other : otherCopies) {
            if (other.source() != next.source() || other.kind() != next.kind()
                    || other.amount().compareTo(next.amount()) != 0 || !other.date().equals(next.date())) {
                throw new ConflictException("Shared grant " + next.sharedGrantId() + " is recorded elsewhere as "
                        + other.source() + " " + other.kind() + " " + other.amount().toPlainString() + " yuan on "
                        + other.date() + "; every project sharing it must record the same grant.");
            }
        }
    }

    /** Money is paid out of a secured commitment, after it, and never more than committed. */
    public static void requireDisbursable(FundingEntry entry, Disbursement disbursement) {
        if (entry.kind() == FundingKind.QUOTA) {
            throw new BusinessRuleException("Funding entry " + entry.entryId()
                    + " is a quota, not money; record the bonds issued under it as an entry of their own.");
        }
        if (!entry.status().secured()) {
            throw new BusinessRuleException("Funding entry " + entry.entryId() + " is " + entry.status()
                    + "; money is paid out of a committed entry only.");
        }
        if (disbursement.date().isBefore(entry.date())) {
            throw new BusinessRuleException("Disbursement on " + disbursement.date() + " is before the commitment ("
                    + entry.date() + ").");
        }
        FundingEntry after = entry.withDisbursement(disbursement);
        if (after.disbursed().compareTo(entry.amount()) > 0) {
            throw new BusinessRuleException("Disbursements of " + entry.entryId() + " would come to "
                    + after.disbursed().toPlainString() + " yuan, more than the " + entry.amount().toPlainString()
                    + " yuan committed.");
        }
    }
}
