package cn.gov.zhushan.plan.indicator.imports;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

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
 * refused (answered 422 with the summary). More than {@value #MAX_ROWS} rows are refused with 413; a CSV body is
 * streamed and read no further than the row past the limit. A summary lists the first
 * {@value ImportSummary#LISTED} refused rows and counts them all ({@code rejectedRows}).
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
            return tooLarge();
        }
        return respond(imports.run(ImportRows.fromJson(body), dryRun, strict, caller.getSubject()));
    }

    @PostMapping(consumes = "text/csv")
    ResponseEntity<?> csv(HttpServletRequest request, @RequestParam(defaultValue = "false") boolean dryRun,
                          @RequestParam(defaultValue = "false") boolean strict, @AuthenticationPrincipal Jwt caller)
            throws IOException {
        // streamed, and read no further than one row past the limit
        Charset charset;
        try {
            charset = request.getCharacterEncoding() == null ? StandardCharsets.UTF_8
                    : Charset.forName(request.getCharacterEncoding());
        } catch (IllegalArgumentException e) {
            throw cn.gov.zhushan.plan.indicator.observations.FieldProblem.invalid("Content-Type", "names an unknown charset");
        }
        ImportRows.Read read = ImportRows.fromCsv(new InputStreamReader(request.getInputStream(), charset), MAX_ROWS);
        if (read.tooMany()) {
            return tooLarge();
        }
        return respond(imports.run(read.rows(), dryRun, strict, caller.getSubject()));
    }

    private static ResponseEntity<?> respond(ImportSummary summary) {
        boolean strictRefused = summary.strict() && summary.rejectedRows() > 0;
        // nothing acceptable at all (e.g. a body of numbers instead of rows) is bad input, not a summary
        boolean nothingAcceptable = summary.rejectedRows() > 0 && summary.rejectedRows() == summary.rows();
        if (!summary.dryRun() && (strictRefused || nothingAcceptable)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                    summary.rejectedRows() + " of " + summary.rows() + " row(s) refused"
                            + (strictRefused ? " in a strict import" : "") + ": nothing was written.");
            problem.setTitle("Import refused");
            problem.setProperty("summary", summary);
            return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return ResponseEntity.ok(summary);
    }

    private static ResponseEntity<ProblemDetail> tooLarge() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                "An import takes at most " + MAX_ROWS + " rows; this one has more: nothing was read further or written.");
        problem.setTitle("Import too large");
        problem.setProperty("errors", List.of(new cn.gov.zhushan.plan.platform.web.ProblemDetailsAdvice.FieldError("body",
                "must have at most " + MAX_ROWS + " rows")));
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
