package cn.gov.zhushan.plan.platform.json;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value that parsed but breaks a platform input rule; its message is the reason, safe to show the
 * client. Jackson adds the property path as the exception passes out of each bean.
 */
public class RejectedInputException extends MismatchedInputException {

    private final String reason;

    public RejectedInputException(JsonParser parser, String reason, Class<?> targetType) {
        super(parser, reason, targetType);
        this.reason = reason;
    }

    /** Why the value was refused, without location or class names. */
    public String reason() {
        return reason;
    }
}
