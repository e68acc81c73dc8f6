package cn.gov.zhushan.plan.local.stack;

import cn.gov.zhushan.plan.local.Layout;
import cn.gov.zhushan.plan.local.ready.HttpProbe;
import cn.gov.zhushan.plan.local.runtime.AotCache;
import cn.gov.zhushan.plan.local.runtime.AppRuntime;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A Spring Boot application as a child JVM, run from the jar its module builds, profile "local", on loopback. */
public final class AppComponents {

    /**
     * A JVM that trains writes its cache at exit: JDK 25 then starts a second JVM to assemble it, and five apps stop
     * together on two cores. Measured ~10-40 s; the forced kill after this would only cost the cache, never data.
     */
    static final long TRAINING_GRACE_SECONDS = 180;

    private AppComponents() {
    }

    /** The app from its Boot jar on {@code java}, without start-up cache (the system tests run it so). */
    public static Component app(Layout layout, String java, AppSpec spec, Map<String, String> env, HttpProbe http) {
        return app(layout, AppRuntime.plain(java), spec, env, http);
    }

    /**
     * With a caching runtime the app runs from its extracted jar with the AOT cache (JDK 25) or AppCDS archive (17-24)
     * of that jar and JDK; the first start records it. A jar that is not built yet gets the plain command, so the
     * launcher can name the missing jar.
     */
    public static Component app(Layout layout, AppRuntime runtime, AppSpec spec, Map<String, String> env, HttpProbe http) {
        Path bootJar = layout.bootJar(spec.moduleDir(), spec.artifactId());
        List<String> command = new ArrayList<>();
        command.add(runtime.java());
        List<String> flags = JvmFlags.springApp(runtime.feature());
        command.addAll(flags);
        Preparation preparation = Preparation.NONE;
        Shutdown shutdown = Shutdown.PLAIN;
        if (runtime.caching() && Files.isRegularFile(bootJar)) {
            AotCache cache = AotCache.of(runtime.cacheRoot(), spec.name(), bootJar, runtime.cachingJdk().orElseThrow(), flags);
            command.addAll(cache.jvmFlags());
            command.add("-jar");
            command.add(cache.extractedJar().toString());
            preparation = new Preparation() {
                @Override
                public void prepare(Path logFile) throws Exception {
                    cache.awaitExtraction();
                }

                @Override
                public void begin() {
                    cache.startExtraction();
                }
            };
            if (!cache.trained()) {
                shutdown = new Shutdown(TRAINING_GRACE_SECONDS, cache::afterExit);
            }
        } else {
            command.add("-jar");
            command.add(bootJar.toString());
        }
        command.add("--spring.profiles.active=local");
        command.add("--server.port=" + spec.port());
        command.add("--server.address=" + BindAddress.from(System.getenv()));
        return new Component(spec.name(), command, env, List.of(spec.port()),
                http.healthProbe(spec.port()), preparation, false, shutdown);
    }

    /** What a domain service is told about its database and broker; infra apps get nothing extra. */
    public static Map<String, String> envFor(AppSpec spec, ExternalEndpoints endpoints,
                                             String embeddedStore, String embeddedKafka) {
        Map<String, String> env = new LinkedHashMap<>();
        spec.database().ifPresent(db -> {
            env.put(ExternalEndpoints.MONGO_ENV, endpoints.mongoUriFor(db, embeddedStore));
            env.put(ExternalEndpoints.KAFKA_ENV, endpoints.kafkaBootstrapOr(embeddedKafka));
        });
        return env;
    }
}
