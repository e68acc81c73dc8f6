package cn.gov.zhushan.plan.local.stack;

import java.util.function.IntConsumer;

/**
 * How a component is stopped: how long SIGTERM may take before a forced kill, and what to do with its exit code
 * afterwards. A JVM writing its start-up cache at exit needs longer than one that just shuts down.
 */
public record Shutdown(long graceSeconds, IntConsumer afterExit) {

    public static final Shutdown PLAIN = new Shutdown(20, exitCode -> { });
}
