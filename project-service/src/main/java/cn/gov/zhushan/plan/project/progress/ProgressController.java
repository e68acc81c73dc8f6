package cn.gov.zhushan.plan.project.progress;

import java.time.YearMonth;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.zhushan.plan.project.registry.ProjectRegistry;
import cn.gov.zhushan.plan.project.registry.ProjectView;

@RestController
@Validated
@RequestMapping("/api/v1/projects/{code}/progress")
class ProgressController {

    private final ProgressReporting reporting;
    private final ProjectRegistry registry;

    ProgressController(ProgressReporting reporting, ProjectRegistry registry) {
        this.reporting = reporting;
        this.registry = registry;
    }

    /** Idempotent by project + month: the same report twice changes nothing the second time. */
    @PutMapping("/{month}")
    ResponseEntity<ProgressReportResult> report(@PathVariable @Pattern(regexp = "[A-Za-z0-9-]{1,40}") String code,
            @PathVariable @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "must be a month like 2024-09") String month,
            @Valid @RequestBody ProgressReportRequest request, @AuthenticationPrincipal Jwt caller) {
        YearMonth yearMonth = YearMonth.parse(month);
        boolean changed = reporting.report(code, yearMonth, request, caller.getSubject());
        ProjectView project = ProjectView.of(registry.get(code));
        return ResponseEntity.ok(new ProgressReportResult(changed, project));
    }

    record ProgressReportResult(boolean changed, ProjectView project) {
    }
}
