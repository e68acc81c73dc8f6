package cn.gov.zhushan.plan.local.stack;

import cn.gov.zhushan.plan.local.Layout;
import cn.gov.zhushan.plan.local.ready.HttpProbe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A Spring Boot application as a child JVM, run from the jar its module builds, profile "local", on loopback. */
public final class AppComponents {

    private AppComponents() {
    }

    public static Component app(Layout layout, String java, AppSpec spec, Map<String, String> env, HttpProbe http) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(JvmFlags.springApp());
        command.add("-jar");
        command.add(layout.bootJar(spec.moduleDir(), spec.artifactId()).toString());
        command.add("--spring.profiles.active=local");
        command.add("--server.port=" + spec.port());
        command.add("--server.address=" + BindAddress.from(System.getenv()));
        return new Component(spec.name(), command, env, List.of(spec.port()),
                http.healthProbe(spec.port()), Preparation.NONE, false);
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
