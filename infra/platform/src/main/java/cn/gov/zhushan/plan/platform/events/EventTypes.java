package cn.gov.zhushan.plan.platform.events;

/** The naming rules for topics and event types, in one place. */
public final class EventTypes {

    public static final String TYPE_PREFIX = "cn.gov.zhushan.plan.";

    private EventTypes() {
    }

    /** {@code cn.gov.zhushan.plan.<domain>.<event>.v1}. */
    public static String type(String domain, String event) {
        return TYPE_PREFIX + domain + "." + event + ".v1";
    }

    /** {@code plan.<domain>.v1}. */
    public static String topic(String domain) {
        return "plan." + domain + ".v1";
    }
}
