package cn.gov.zhushan.plan.local.stack;

import java.util.Map;

/**
 * The address every app of the local stack listens on. The local stack runs with well-known demo secrets and
 * an open Eureka, so by default nothing is reachable from the LAN (a LAN host could otherwise register a fake
 * service and receive real bearer tokens). {@code ZHUSHAN_BIND_ADDRESS=0.0.0.0} exposes it deliberately.
 */
public final class BindAddress {

    public static final String ENV = "ZHUSHAN_BIND_ADDRESS";
    public static final String LOOPBACK = "127.0.0.1";

    private BindAddress() {
    }

    public static String from(Map<String, String> env) {
        String configured = env.get(ENV);
        return configured == null || configured.isBlank() ? LOOPBACK : configured.strip();
    }
}
