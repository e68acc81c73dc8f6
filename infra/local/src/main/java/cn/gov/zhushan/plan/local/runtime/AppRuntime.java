package cn.gov.zhushan.plan.local.runtime;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * How the launcher runs the JVMs: which java binary of which release (flags differ), and for the Spring apps whether a start-up cache (AOT cache or
 * AppCDS) is used, kept under {@code cacheRoot}. {@code ZHUSHAN_AOT_CACHE=off} runs the plain jars without one.
 */
public record AppRuntime(String java, int feature, Optional<Jdk> cachingJdk, Path cacheRoot) {

    public static final String CACHE_ENV = "ZHUSHAN_AOT_CACHE";

    /** Plain jars on this java binary, taken to be the running JVM's release; no cache (the system tests run so). */
    public static AppRuntime plain(String java) {
        return new AppRuntime(java, Runtime.version().feature(), Optional.empty(), null);
    }

    public static AppRuntime of(Jdk jdk, Path cacheRoot, Map<String, String> env) {
        return "off".equalsIgnoreCase(env.getOrDefault(CACHE_ENV, "on").strip())
                ? new AppRuntime(jdk.java().toString(), jdk.feature(), Optional.empty(), null)
                : new AppRuntime(jdk.java().toString(), jdk.feature(), Optional.of(jdk), cacheRoot);
    }

    public boolean caching() {
        return cachingJdk.isPresent();
    }
}
