package cn.gov.zhushan.plan.platform.consumer;

/**
 * An event of a type that only one service publishes arrived with another {@code ce_source}: forged or misrouted.
 * It can never succeed, so the consumer's error handling sends it to the dead-letter topic (an
 * {@link IllegalArgumentException}: poison, see {@link ConsumerErrorClassifier}).
 */
public class UnexpectedEventSourceException extends IllegalArgumentException {

    public UnexpectedEventSourceException(String type, String source, String expected) {
        super("event type " + type + " comes only from " + expected + ", not from " + source);
    }
}
