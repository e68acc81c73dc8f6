package cn.gov.zhushan.plan.livelihood.enrollment;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A 409 Problem Details naming the broken rule in its {@code rule} property. */
public class ProgramRuleViolation extends ErrorResponseException {

    public ProgramRuleViolation(ProgramRules.Violation violation) {
        super(HttpStatus.CONFLICT, problem(violation), null);
    }

    private static ProblemDetail problem(ProgramRules.Violation violation) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, violation.detail());
        problem.setTitle("Program rule violated: " + violation.rule());
        problem.setType(URI.create("urn:zhushan:livelihood:rule:" + violation.rule()));
        problem.setProperty("rule", violation.rule());
        return problem;
    }
}
