package cn.gov.zhushan.plan.platform.web;

/** The addressed resource does not exist: answered 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String detail) {
        super(detail);
    }
}
