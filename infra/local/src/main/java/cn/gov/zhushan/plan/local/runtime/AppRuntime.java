package cn.gov.zhushan.plan.local.runtime;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * How the launcher runs the JVMs: which java binary, and for the Spring apps whether a start-up cache (AOT cache or
 * AppCDS) is used, kept under {@code cacheRoot}. {@code ZHUSHAN_AOT_CACHE=off} runs the plain jars without one.
 */
public record AppRuntime(String java, Optional<Jdk> cachingJdk, Path cacheRoot) {

    public static final String CACHE_ENV = "ZHUSHAN_AOT_CACHE";

    /** Plain jars on this java binary, no cache (the system tests, and the launcher when the cache is off). */
    public static AppRuntime plain(String java) {
        return new AppRuntime(java, Optional.empty(), null);
    }

    public static AppRuntime of(Jdk jdk, Path cacheRoot, Map<String, String> env) {
        return "off".equalsIgnoreCase(env.getOrDefault(CACHE_ENV, "on").strip())
                ? plain(jdk.java().toString())
                : new AppRuntime(jdk.java().toString(), Optional.of(jdk), cacheRoot);
    }

    public boolean caching() {
        return cachingJdk.isPresent();
    }
}
