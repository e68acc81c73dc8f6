package cn.gov.zhushan.plan.local.stack;

import java.util.List;

/**
 * Memory and startup flags for the child JVMs. Nine JVMs share two cores and must stay within a few
 * GB: the serial collector has the smallest footprint and no GC threads, C1-only compilation
 * (TieredStopAtLevel=1) starts faster and keeps the code cache small, and capped heaps stop each
 * JVM from sizing itself to a quarter of the machine.
 */
public final class JvmFlags {

    private static final List<String> COMMON = List.of(
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "-Xss512k",
            "-XX:ReservedCodeCacheSize=64m",
            "-XX:MaxMetaspaceSize=256m",
            "-Dfile.encoding=UTF-8",
            "-Djava.awt.headless=true");

    private JvmFlags() {
    }

    /** Replaces the Spring apps' flags when set (e.g. a bigger heap, or the JVM defaults to compare). */
    public static final String APP_OPTS_ENV = "ZHUSHAN_APP_JAVA_OPTS";

    public static List<String> springApp() {
        String custom = System.getenv(APP_OPTS_ENV);
        if (custom != null) {
            return java.util.Arrays.stream(custom.trim().split("\\s+")).filter(flag -> !flag.isEmpty()).toList();
        }
        return with("-Xms64m", "-Xmx256m");
    }

    /**
     * The Spring apps' flags on a JDK of this feature release. JDK 25 adds compact object headers (JEP 519, 8-byte
     * instead of 12-byte headers: a smaller heap for the same objects); on 17 that flag would stop the JVM.
     */
    public static List<String> springApp(int feature) {
        List<String> flags = springApp();
        if (feature < 25 || System.getenv(APP_OPTS_ENV) != null) {
            return flags;
        }
        return java.util.stream.Stream.concat(flags.stream(), JDK25.stream()).toList();
    }

    private static final List<String> JDK25 = List.of("-XX:+UseCompactObjectHeaders");

    public static List<String> kafka() {
        return with("-Xms64m", "-Xmx384m");
    }

    public static List<String> store() {
        return with("-Xms32m", "-Xmx192m");
    }

    private static List<String> with(String... heap) {
        return java.util.stream.Stream.concat(COMMON.stream(), java.util.Arrays.stream(heap)).toList();
    }
}
