package cn.gov.zhushan.plan.livelihood.pii;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.zhushan.plan.platform.data.MongoPages;
import cn.gov.zhushan.plan.platform.web.PageView;

/**
 * The audit log of unmasked reads and lookups, newest first. {@code /audit/personal-data-reads} is for the
 * separate {@code livelihood:audit} scope (an auditor who cannot read personal data); {@code /audit/pii}, the
 * older path, stays for {@code livelihood:read} + {@code livelihood:pii} clients.
 */
@RestController
@Validated
class PiiAuditController {

    private final MongoTemplate mongo;

    PiiAuditController(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @GetMapping({PersonalDataRequests.AUDIT_LOG_PATH, "/api/v1/livelihood/audit/pii"})
    PageView<PiiReadAudit> list(@RequestParam(required = false) @Pattern(regexp = "[A-Za-z0-9-]{1,64}") String recordId,
                                @RequestParam(required = false) @Pattern(regexp = "[A-Za-z0-9._-]{1,100}") String clientId,
                                @RequestParam(required = false) @Pattern(regexp = "[^\\p{Cntrl}]{1,100}") String operator,
                                @RequestParam(defaultValue = "0") @Min(0) int page,
                                @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        Criteria criteria = new Criteria();
        if (recordId != null) {
            criteria = criteria.and("recordId").is(recordId);
        }
        if (clientId != null) {
            criteria = criteria.and("clientId").is(clientId);
        }
        if (operator != null) {
            criteria = criteria.and("operator").is(operator);
        }
        return PageView.of(MongoPages.find(mongo, criteria, PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "at", "_id")),
                PiiReadAudit.class));
    }
}
