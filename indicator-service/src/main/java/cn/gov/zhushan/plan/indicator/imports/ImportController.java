package cn.gov.zhushan.plan.indicator.imports;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/indicators/imports} with a JSON array or a CSV file of observations.
 * {@code dryRun=true} checks and counts without writing; {@code strict=true} writes nothing if any row is
 * refused (answered 422 with the summary). More than {@value #MAX_ROWS} rows are refused with 413.
 */
@RestController
@RequestMapping("/api/v1/indicators/imports")
class ImportController {

    static final int MAX_ROWS = 5000;

    private final ObservationImport imports;

    ImportController(ObservationImport imports) {
        this.imports = imports;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> json(@RequestBody JsonNode body, @RequestParam(defaultValue = "false") boolean dryRun,
                           @RequestParam(defaultValue = "false") boolean strict, @AuthenticationPrincipal Jwt caller) {
        if (body.isArray() && body.size() > MAX_ROWS) {
            return tooLarge(body.size());
        }
        return respond(imports.run(ImportRows.fromJson(body), dryRun, strict, caller.getSubject()));
    }

    @PostMapping(consumes = "text/csv")
    ResponseEntity<?> csv(@RequestBody String body, @RequestParam(defaultValue = "false") boolean dryRun,
                          @RequestParam(defaultValue = "false") boolean strict, @AuthenticationPrincipal Jwt caller) {
        List<ImportRows.Row> rows = ImportRows.fromCsv(body);
        if (rows.size() > MAX_ROWS) {
            return tooLarge(rows.size());
        }
        return respond(imports.run(rows, dryRun, strict, caller.getSubject()));
    }

    private static ResponseEntity<?> respond(ImportSummary summary) {
        boolean strictRefused = summary.strict() && !summary.rejected().isEmpty();
        // nothing acceptable at all (e.g. a body of numbers instead of rows) is bad input, not a summary
        boolean nothingAcceptable = !summary.rejected().isEmpty() && summary.rejected().size() == summary.rows();
        if (!summary.dryRun() && (strictRefused || nothingAcceptable)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                    summary.rejected().size() + " of " + summary.rows() + " row(s) refused"
                            + (strictRefused ? " in a strict import" : "") + ": nothing was written.");
            problem.setTitle("Import refused");
            problem.setProperty("summary", summary);
            return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return ResponseEntity.ok(summary);
    }

    private static ResponseEntity<ProblemDetail> tooLarge(int rows) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                "An import takes at most " + MAX_ROWS + " rows; this one has " + rows + ".");
        problem.setTitle("Import too large");
        problem.setProperty("errors", List.of(new cn.gov.zhushan.plan.platform.web.ProblemDetailsAdvice.FieldError("body",
                "must have at most " + MAX_ROWS + " rows")));
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
