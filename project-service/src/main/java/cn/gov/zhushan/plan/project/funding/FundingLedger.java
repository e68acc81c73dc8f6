package cn.gov.zhushan.plan.project.funding;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import cn.gov.zhushan.plan.platform.web.NotFoundException;
import cn.gov.zhushan.plan.project.registry.Project;
import cn.gov.zhushan.plan.project.registry.ProjectChanges;
import cn.gov.zhushan.plan.project.registry.ProjectChanges.Outcome;

/**
 * Funding entries per project. A status only moves forward (indicative → committed → disbursed); the
 * first time an entry is secured (committed or disbursed), funding-secured is published with it.
 * Disbursements are transactions of their own under a committed entry.
 */
@Service
public class FundingLedger {

    private final ProjectChanges changes;
    private final MongoTemplate mongo;

    public FundingLedger(ProjectChanges changes, MongoTemplate mongo) {
        this.changes = changes;
        this.mongo = mongo;
    }

    public Project put(String code, String entryId, FundingRequest request) {
        FundingEntry requested = request.toEntry(entryId);
        if (requested.sharedGrantId() != null) {
            FundingRules.requireSameGrant(otherCopies(code, requested.sharedGrantId()), requested);
        }
        return changes.apply(code, project -> {
            Optional<FundingEntry> previous = project.fundingEntry(entryId);
            FundingEntry entry = previous.map(requested::withDisbursementsOf).orElse(requested);
            if (previous.filter(entry::equals).isPresent()) {
                return Outcome.unchanged(project);
            }
            previous.ifPresent(p -> FundingRules.requireForward(p, entry));
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

    /** Records a payment out of a committed entry; the same payment again changes nothing. */
    public Project disburse(String code, String entryId, String disbursementId, DisbursementRequest request) {
        Disbursement disbursement = new Disbursement(disbursementId, request.amount(), request.date(), request.note());
        return changes.apply(code, project -> {
            FundingEntry entry = project.fundingEntry(entryId)
                    .orElseThrow(() -> new NotFoundException("Project " + code + " has no funding entry " + entryId + "."));
            boolean same = entry.disbursements().stream().anyMatch(d -> d.disbursementId().equals(disbursementId)
                    && d.amount().compareTo(disbursement.amount()) == 0 && d.date().equals(disbursement.date())
                    && java.util.Objects.equals(d.note(), disbursement.note()));
            if (same) {
                return Outcome.unchanged(project);
            }
            FundingRules.requireDisbursable(entry, disbursement);
            project.putFunding(entry.withDisbursement(disbursement));
            return Outcome.changed(project);
        }).result();
    }

    private List<FundingEntry> otherCopies(String code, String grantId) {
        Query query = new Query(Criteria.where("funding.sharedGrantId").is(grantId).and("_id").ne(code));
        return mongo.find(query, Project.class).stream().flatMap(p -> p.funding().stream())
                .filter(f -> grantId.equals(f.sharedGrantId())).toList();
    }
}
