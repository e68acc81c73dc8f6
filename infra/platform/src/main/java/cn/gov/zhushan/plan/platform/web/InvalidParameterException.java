package cn.gov.zhushan.plan.platform.web;

/** A query or path parameter that converted but breaks a platform input rule: answered 400 naming it. */
public class InvalidParameterException extends RuntimeException {

    private final String parameter;
    private final String reason;

    public InvalidParameterException(String parameter, String reason) {
        super("The parameter '" + parameter + "' is not accepted: " + reason + ".");
        this.parameter = parameter;
        this.reason = reason;
    }

    public String parameter() {
        return parameter;
    }

    public String reason() {
        return reason;
    }
}
