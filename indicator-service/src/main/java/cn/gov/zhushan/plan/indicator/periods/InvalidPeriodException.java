package cn.gov.zhushan.plan.indicator.periods;

/** A malformed or impossible period (2024Q5, 2024-13); the message says why. */
public class InvalidPeriodException extends IllegalArgumentException {

    public InvalidPeriodException(String message) {
        super(message);
    }
}
