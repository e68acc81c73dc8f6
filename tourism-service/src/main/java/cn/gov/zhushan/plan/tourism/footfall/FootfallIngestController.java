package cn.gov.zhushan.plan.tourism.footfall;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tourism/footfall")
class FootfallIngestController {

    private final FootfallIngestion ingestion;
    private final FootfallProperties properties;

    FootfallIngestController(FootfallIngestion ingestion, FootfallProperties properties) {
        this.ingestion = ingestion;
        this.properties = properties;
    }

    /**
     * Up to 10,000 readings. 202 means every accepted reading is durably on the raw topic; the rejected
     * ones are listed by index. If none is valid, 422 with the same list and nothing written.
     */
    @PostMapping(path = "/readings", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> ingest(@Valid @RequestBody ReadingBatch batch) {
        if (batch.readings().size() > properties.maxBatchReadings()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                    "A batch may hold at most " + properties.maxBatchReadings() + " readings; this one has "
                            + batch.readings().size() + ".");
            problem.setTitle("Batch too large");
            throw new ErrorResponseException(HttpStatus.CONTENT_TOO_LARGE, problem, null);
        }
        FootfallIngestion.Result result = ingestion.ingest(batch.readings());
        if (result.accepted() == 0) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                    "No reading in the batch is valid; nothing was stored.");
            problem.setTitle("No valid reading");
            problem.setProperty("received", result.received());
            problem.setProperty("accepted", 0);
            problem.setProperty("rejected", result.rejected());
            return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(result);
    }

    record ReadingBatch(@NotEmpty List<ReadingInput> readings) {
    }
}
