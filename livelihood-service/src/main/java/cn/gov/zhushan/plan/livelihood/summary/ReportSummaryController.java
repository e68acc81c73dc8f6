package cn.gov.zhushan.plan.livelihood.summary;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The year in the report's shape: dibao urban and rural together, extreme poverty, the two disability subsidies,
 * one-child rewards; year-end counts beside the beneficiaries paid at least once. {@code GET /summary/{year}} keeps
 * its per-program list (indicator-service's report reads it).
 */
@RestController
@Validated
class ReportSummaryController {

    /** @param lines by key: dibao, extremePoverty, disability, oneChildRewards */
    record ReportSummary(int year, String currency, Map<String, ReportLines.Line> lines) {
    }

    private final AnnualFigures figures;

    ReportSummaryController(AnnualFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/api/v1/livelihood/summary/{year}/report")
    ReportSummary report(@PathVariable @Min(2000) @Max(2100) int year) {
        Map<String, ReportLines.Line> lines = new LinkedHashMap<>();
        ReportLines.lines(figures.of(year)).forEach(line -> lines.put(line.key(), line));
        return new ReportSummary(year, "CNY", lines);
    }
}
