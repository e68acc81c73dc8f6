package cn.gov.zhushan.plan.livelihood.pii;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.zhushan.plan.platform.web.PageView;

/** The audit log of unmasked reads; the path's {@code pii} segment means only {@code livelihood:pii} callers see it. */
@RestController
@Validated
@RequestMapping("/api/v1/livelihood/audit/pii")
class PiiAuditController {

    private final PiiReadAuditRepository audits;

    PiiAuditController(PiiReadAuditRepository audits) {
        this.audits = audits;
    }

    @GetMapping
    PageView<PiiReadAudit> list(@RequestParam(required = false) @Pattern(regexp = "[A-Za-z0-9-]{1,64}") String recordId,
                                @RequestParam(required = false) @Pattern(regexp = "[A-Za-z0-9._-]{1,100}") String clientId,
                                @RequestParam(defaultValue = "0") @Min(0) int page,
                                @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        PageRequest request = PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "at"));
        Page<PiiReadAudit> result;
        if (recordId != null && clientId != null) {
            result = audits.findByRecordIdAndClientId(recordId, clientId, request);
        } else if (recordId != null) {
            result = audits.findByRecordId(recordId, request);
        } else if (clientId != null) {
            result = audits.findByClientId(clientId, request);
        } else {
            result = audits.findAll(request);
        }
        return PageView.of(result);
    }
}
