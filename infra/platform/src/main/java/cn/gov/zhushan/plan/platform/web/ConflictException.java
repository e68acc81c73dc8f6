package cn.gov.zhushan.plan.platform.web;

/** The request contradicts the resource's current state: answered 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String detail) {
        super(detail);
    }
}
