package cn.gov.zhushan.plan.project.funding;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.zhushan.plan.project.registry.Project;
import cn.gov.zhushan.plan.project.registry.ProjectCodes;
import cn.gov.zhushan.plan.project.registry.ProjectView;

@RestController
@Validated
@RequestMapping("/api/v1/projects")
class FundingController {

    private static final String ID = "[A-Za-z0-9-]{1,40}";

    private final FundingLedger ledger;
    private final MongoTemplate mongo;

    FundingController(FundingLedger ledger, MongoTemplate mongo) {
        this.ledger = ledger;
        this.mongo = mongo;
    }

    /** Idempotent by project + entry id. */
    @PutMapping("/{code}/funding/{entryId}")
    ProjectView put(@PathVariable @Pattern(regexp = ProjectCodes.PATTERN) String code,
                    @PathVariable @Pattern(regexp = ID) String entryId,
                    @Valid @RequestBody FundingRequest request) {
        return ProjectView.of(ledger.put(code, entryId, request));
    }

    /** A payment out of a committed entry; idempotent by project + entry + disbursement id. */
    @PutMapping("/{code}/funding/{entryId}/disbursements/{disbursementId}")
    ProjectView disburse(@PathVariable @Pattern(regexp = ProjectCodes.PATTERN) String code,
                         @PathVariable @Pattern(regexp = ID) String entryId,
                         @PathVariable @Pattern(regexp = ID) String disbursementId,
                         @Valid @RequestBody DisbursementRequest request) {
        return ProjectView.of(ledger.disburse(code, entryId, disbursementId, request));
    }

    /**
     * Funding won per source and status over all projects for a year, shared grants counted once. Only the
     * projects with an entry or a disbursement dated in the year are read (indexed by {@link FundingIndexes}),
     * and only their funding.
     */
    @GetMapping("/funding-totals")
    FundingTotals totals(@RequestParam @Min(2000) @Max(2100) int year) {
        Criteria inYear = Criteria.where("date").gte(LocalDate.of(year, 1, 1)).lt(LocalDate.of(year + 1, 1, 1));
        Query query = new Query(new Criteria().orOperator(Criteria.where("funding").elemMatch(inYear),
                Criteria.where("funding.disbursements").elemMatch(inYear)))
                .with(Sort.by("_id"));
        query.fields().include("funding");
        return FundingTotals.of(year, mongo.find(query, Project.class).stream().flatMap(p -> p.funding().stream()).toList());
    }
}
