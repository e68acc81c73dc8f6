package cn.gov.zhushan.plan.livelihood.operations;

/** Thrown by a handler whose progress report found the lease gone: another worker runs the operation now. */
public class LeaseLostException extends RuntimeException {

    public LeaseLostException(String operationId) {
        super("Lost the lease of operation " + operationId + ".");
    }
}
