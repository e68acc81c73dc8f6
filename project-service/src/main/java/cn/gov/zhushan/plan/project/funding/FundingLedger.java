package cn.gov.zhushan.plan.project.funding;

import java.util.Optional;

import org.springframework.stereotype.Service;

import cn.gov.zhushan.plan.platform.web.ConflictException;
import cn.gov.zhushan.plan.project.registry.Project;
import cn.gov.zhushan.plan.project.registry.ProjectChanges;
import cn.gov.zhushan.plan.project.registry.ProjectChanges.Outcome;

/**
 * Funding entries per project. A status only moves forward (indicative → committed → disbursed); the
 * first time an entry is secured (committed or disbursed), funding-secured is published with it.
 */
@Service
public class FundingLedger {

    private final ProjectChanges changes;

    public FundingLedger(ProjectChanges changes) {
        this.changes = changes;
    }

    public Project put(String code, String entryId, FundingRequest request) {
        return changes.apply(code, project -> {
            FundingEntry entry = new FundingEntry(entryId, request.source(), request.status(), request.amount(),
                    request.date(), request.note());
            Optional<FundingEntry> previous = project.fundingEntry(entryId);
            if (previous.filter(entry::equals).isPresent()) {
                return Outcome.unchanged(project);
            }
            previous.ifPresent(p -> requireForward(p, entry));
            project.putFunding(entry);
            boolean newlySecured = entry.status().secured() && previous.map(p -> !p.status().secured()).orElse(true);
            if (newlySecured) {
                project.publish(changes.events().create(FundingSecured.EVENT, project.code(),
                        "projects/" + project.code() + "/funding/" + entryId,
                        new FundingSecured(project.code(), entryId, entry.source(), entry.status(), entry.amount(),
                                entry.date(), project.nextSequence())));
            }
            return Outcome.changed(project);
        }).result();
    }

    private static void requireForward(FundingEntry previous, FundingEntry next) {
        if (next.status().ordinal() < previous.status().ordinal()) {
            throw new ConflictException("Funding entry " + previous.entryId() + " is " + previous.status()
                    + " and cannot go back to " + next.status() + ".");
        }
        if (next.source() != previous.source()) {
            throw new ConflictException("Funding entry " + previous.entryId() + " is from " + previous.source()
                    + "; record another source as another entry.");
        }
    }
}
