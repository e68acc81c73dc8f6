package cn.gov.zhushan.plan.project.promotion;

import java.time.LocalDate;
import java.util.Map;

import cn.gov.zhushan.plan.platform.web.BusinessRuleException;
import cn.gov.zhushan.plan.platform.web.ConflictException;

/** The order of a lead's stages: forward only, each reached no earlier than the one before. */
public final class LeadStages {

    private LeadStages() {
    }

    /** 过会 comes out of 洽谈 only. */
    public static void requireApprovable(Lead lead) {
        if (lead.status() != LeadStatus.OPEN) {
            throw new ConflictException("Lead " + lead.leadId() + " is " + lead.status() + " (" + lead.status().label()
                    + "); only a lead in negotiation (洽谈) goes to the review meeting.");
        }
    }

    /** A deal is signed out of 洽谈 or 过会, not before the approval. */
    public static void requireSignable(Lead lead, LocalDate on) {
        if (lead.status() != LeadStatus.OPEN && lead.status() != LeadStatus.APPROVED) {
            throw new ConflictException("Lead " + lead.leadId() + " is " + lead.status() + "; it cannot sign a deal.");
        }
        requireNotBeforeLast(lead, on);
    }

    /** 落户 → 开工 → 投产 follow a signed deal, in order (a stage may be skipped, never gone back to). */
    public static void requireAdvance(Lead lead, LeadStatus target, LocalDate on) {
        if (target.ordinal() <= LeadStatus.SIGNED.ordinal() || target == LeadStatus.DROPPED) {
            throw new BusinessRuleException("Stage " + target + " is reached through its own request, not as a stage change.");
        }
        if (lead.status().ordinal() < LeadStatus.SIGNED.ordinal() || lead.status() == LeadStatus.DROPPED) {
            throw new ConflictException("Lead " + lead.leadId() + " is " + lead.status() + "; it reaches " + target
                    + " (" + target.label() + ") after signing.");
        }
        if (target.ordinal() <= lead.status().ordinal()) {
            throw new ConflictException("Lead " + lead.leadId() + " is " + lead.status() + " already; it cannot go to "
                    + target + ".");
        }
        requireNotBeforeLast(lead, on);
    }

    private static void requireNotBeforeLast(Lead lead, LocalDate on) {
        Map<LeadStatus, LocalDate> reached = lead.reachedOn();
        reached.values().stream().max(LocalDate::compareTo).filter(on::isBefore).ifPresent(last -> {
            throw new BusinessRuleException("Date " + on + " is before the lead's previous stage (" + last + ").");
        });
    }
}
