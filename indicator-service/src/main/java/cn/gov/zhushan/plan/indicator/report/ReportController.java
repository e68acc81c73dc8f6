package cn.gov.zhushan.plan.indicator.report;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The execution report of a year (sections 一 and 二 of the annual report) as HTML, DOCX or Markdown. Figures the
 * sources could not give are written 数据暂缺 and listed at the end: a partial report is still a 200.
 */
@RestController
@Validated
@RequestMapping("/api/v1/indicators/reports")
class ReportController {

    private final PlanExecutionReports reports;

    ReportController(PlanExecutionReports reports) {
        this.reports = reports;
    }

    @GetMapping("/plan-execution/{year}")
    ResponseEntity<byte[]> planExecution(@PathVariable @Min(2000) @Max(2100) int year,
                                         @RequestParam(required = false) @Pattern(regexp = "(?i)html|docx|md|markdown") String format,
                                         @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept)
            throws HttpMediaTypeNotAcceptableException {
        ReportFormat chosen = format != null ? ReportFormat.ofParameter(format).orElseThrow()
                : ReportFormat.negotiate(accept == null ? List.of() : MediaType.parseMediaTypes(accept))
                .orElseThrow(() -> new HttpMediaTypeNotAcceptableException(
                        List.of(ReportFormat.HTML.mediaType(), ReportFormat.DOCX.mediaType(), ReportFormat.MARKDOWN.mediaType())));
        ReportDocument document = reports.write(year);
        ContentDisposition disposition = (chosen == ReportFormat.DOCX ? ContentDisposition.attachment() : ContentDisposition.inline())
                .filename("plan-execution-" + year + "." + chosen.extension()).build();
        return ResponseEntity.ok().contentType(chosen.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Report-Missing-Figures", String.valueOf(document.missing().size()))
                .body(chosen.render(document));
    }
}
