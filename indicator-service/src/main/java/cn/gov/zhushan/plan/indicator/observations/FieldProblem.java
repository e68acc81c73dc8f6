package cn.gov.zhushan.plan.indicator.observations;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import cn.gov.zhushan.plan.platform.web.ProblemDetailsAdvice.FieldError;

/**
 * A domain check on one input field that failed: a Problem Details with {@code errors: [{field, message}]},
 * the same shape bean validation gives. 400 for malformed values, 422 for well-formed ones a rule refuses.
 */
public class FieldProblem extends ErrorResponseException {

    private final String field;

    public FieldProblem(HttpStatus status, String field, String message) {
        super(status, body(status, field, message), null);
        this.field = field;
    }

    public static FieldProblem invalid(String field, String message) {
        return new FieldProblem(HttpStatus.BAD_REQUEST, field, message);
    }

    public static FieldProblem refused(String field, String message) {
        return new FieldProblem(HttpStatus.UNPROCESSABLE_CONTENT, field, message);
    }

    public String field() {
        return field;
    }

    public String reason() {
        return field + ": " + getBody().getProperties().get("reason");
    }

    private static ProblemDetail body(HttpStatus status, String field, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, "The value of '" + field + "' " + message + ".");
        problem.setTitle(status == HttpStatus.BAD_REQUEST ? "Invalid request" : "Rule violated");
        problem.setProperty("errors", List.of(new FieldError(field, message)));
        problem.setProperty("reason", message);
        return problem;
    }
}
