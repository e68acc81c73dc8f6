package cn.gov.zhushan.plan.tourism.footfall;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/v1/tourism/footfall")
class FootfallIngestController {

    private final FootfallIngestion ingestion;
    private final FootfallProperties properties;
    private final JsonMapper json;

    FootfallIngestController(FootfallIngestion ingestion, FootfallProperties properties, JsonMapper json) {
        this.ingestion = ingestion;
        this.properties = properties;
        this.json = json;
    }

    /**
     * Up to 10,000 readings, {@code {"readings": [...]}}. 202 means every accepted reading is durably on the
     * raw topic; the rejected ones are listed by index. If none is valid, 422 with the same list and nothing
     * written. The body is read as a stream and refused (413) at the first reading past the limit.
     */
    @PostMapping(path = "/readings", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ReadingBatch.class))))
    ResponseEntity<?> ingest(HttpServletRequest request) throws IOException {
        List<ReadingInput> readings = read(request);
        FootfallIngestion.Result result = ingestion.ingest(readings);
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

    /** The body's shape, for the API document; the body itself is read as a stream. */
    record ReadingBatch(List<ReadingInput> readings) {
    }

    private List<ReadingInput> read(HttpServletRequest request) throws IOException {
        try {
            return ReadingBatchReader.read(request.getInputStream(), json, properties.maxBatchReadings());
        } catch (ReadingBatchReader.TooManyReadings e) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
            problem.setTitle("Batch too large");
            throw new ErrorResponseException(HttpStatus.CONTENT_TOO_LARGE, problem, null);
        } catch (ReadingBatchReader.NotABatch e) {
            // the platform's Problem Details advice answers 400 for an unreadable body
            throw new HttpMessageNotReadableException(e.getMessage(), e.getCause(), new ServletServerHttpRequest(request));
        } catch (DatabindException e) {
            throw new HttpMessageNotReadableException(e.getOriginalMessage(), e, new ServletServerHttpRequest(request));
        }
    }
}
