package cn.gov.zhushan.plan.local.stack;

import cn.gov.zhushan.plan.local.Layout;
import cn.gov.zhushan.plan.local.kafka.KafkaServerProperties;
import cn.gov.zhushan.plan.local.ready.HttpProbe;
import cn.gov.zhushan.plan.local.runtime.AppRuntime;

import java.util.ArrayList;
import java.util.List;

/**
 * The start order: Kafka and store together, then discovery, then auth (the gateway and services
 * fetch its JWKS), then the gateway and the four services together.
 */
public final class StackPlan {

    public static final String INFRA_STAGE = "kafka + store";

    private StackPlan() {
    }

    public static List<Stage> stages(Layout layout, String java, ExternalEndpoints endpoints, HttpProbe http) {
        return stages(layout, AppRuntime.plain(java), endpoints, http);
    }

    /** Kafka and the store run on the runtime's java too, from the classpath (no cache: it holds a class folder). */
    public static List<Stage> stages(Layout layout, AppRuntime runtime, ExternalEndpoints endpoints, HttpProbe http) {
        String java = runtime.java();
        KafkaServerProperties kafka = KafkaServerProperties.defaults(layout.kafkaDir().resolve("data"));
        String embeddedStore = "127.0.0.1:" + InfraComponents.DEFAULT_STORE_PORT;

        List<Component> infra = new ArrayList<>();
        if (endpoints.startKafka()) {
            infra.add(InfraComponents.kafka(layout, java, kafka));
        }
        if (endpoints.startStore()) {
            infra.add(InfraComponents.store(layout, java, InfraComponents.DEFAULT_STORE_PORT));
        }

        List<Component> edgeAndServices = new ArrayList<>();
        for (AppSpec spec : AppSpec.ALL) {
            if (spec == AppSpec.DISCOVERY || spec == AppSpec.AUTH) {
                continue;
            }
            edgeAndServices.add(app(layout, runtime, spec, endpoints, embeddedStore, kafka.bootstrapServers(), http));
        }

        List<Stage> stages = new ArrayList<>();
        if (!infra.isEmpty()) {
            stages.add(new Stage(INFRA_STAGE, infra));
        }
        stages.add(new Stage("discovery",
                List.of(app(layout, runtime, AppSpec.DISCOVERY, endpoints, embeddedStore, kafka.bootstrapServers(), http))));
        stages.add(new Stage("auth",
                List.of(app(layout, runtime, AppSpec.AUTH, endpoints, embeddedStore, kafka.bootstrapServers(), http))));
        stages.add(new Stage("gateway + services", edgeAndServices));
        return List.copyOf(stages);
    }

    /** The plan less the named components; stages left empty disappear. */
    public static List<Stage> without(List<Stage> stages, java.util.Set<String> names) {
        return stages.stream()
                .map(stage -> new Stage(stage.label(), stage.components().stream()
                        .filter(component -> !names.contains(component.name())).toList()))
                .filter(stage -> !stage.components().isEmpty())
                .toList();
    }

    private static Component app(Layout layout, AppRuntime runtime, AppSpec spec, ExternalEndpoints endpoints,
                                 String embeddedStore, String embeddedKafka, HttpProbe http) {
        return AppComponents.app(layout, runtime, spec,
                AppComponents.envFor(spec, endpoints, embeddedStore, embeddedKafka), http);
    }
}
