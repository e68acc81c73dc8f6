package cn.gov.zhushan.plan.platform.web;

/** Well-formed input that a domain rule refuses (e.g. progress for a future month): answered 422. */
public class BusinessRuleException extends RuntimeException {

    public BusinessRuleException(String detail) {
        super(detail);
    }
}
