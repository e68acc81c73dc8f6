package cn.gov.zhushan.plan.local.stack;

import cn.gov.zhushan.plan.local.Layout;
import cn.gov.zhushan.plan.local.ready.HttpProbe;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StackPlanTest {

    private final Layout layout = Layout.of(Path.of("/repo"));

    @Test
    void startsInfraThenDiscoveryThenAuthThenGatewayAndServices() {
        List<Stage> stages = plan(Map.of());

        assertThat(stages).extracting(Stage::label)
                .containsExactly("kafka + store", "discovery", "auth", "gateway + services");
        assertThat(names(stages.get(0))).containsExactly("kafka", "store");
        assertThat(names(stages.get(3))).containsExactly(
                "gateway", "indicator-service", "project-service", "livelihood-service", "tourism-service");
    }

    @Test
    void servicesRunTheirBootJarWithTheLocalProfileAndTheirOwnDatabase() {
        Component indicator = component(plan(Map.of()), "indicator-service");

        assertThat(indicator.command()).contains("-jar",
                "/repo/indicator-service/target/indicator-service-0.1.0-SNAPSHOT.jar",
                "--spring.profiles.active=local", "--server.port=8081", "--server.address=127.0.0.1");
        assertThat(indicator.env()).containsEntry("SPRING_MONGODB_URI", "mongodb://127.0.0.1:27017/indicators")
                .containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092");
        assertThat(component(plan(Map.of()), "auth-server").command())
                .contains("/repo/infra/auth-server/target/auth-server-0.1.0-SNAPSHOT.jar");
    }

    @Test
    void aUserMongoUriDropsTheStoreAndReachesTheServices() {
        List<Stage> stages = plan(Map.of("SPRING_MONGODB_URI", "mongodb://mongo.internal:27017"));

        assertThat(names(stages.get(0))).containsExactly("kafka");
        assertThat(component(stages, "tourism-service").env())
                .containsEntry("SPRING_MONGODB_URI", "mongodb://mongo.internal:27017/tourism");
    }

    @Test
    void userMongoAndKafkaDropTheInfraStage() {
        List<Stage> stages = plan(Map.of("SPRING_MONGODB_URI", "mongodb://m/x", "SPRING_KAFKA_BOOTSTRAP_SERVERS", "k:9092"));

        assertThat(stages).extracting(Stage::label).containsExactly("discovery", "auth", "gateway + services");
        assertThat(component(stages, "project-service").env())
                .containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", "k:9092");
    }

    @Test
    void onlyKafkaWaitsToStopLast() {
        List<Stage> stages = plan(Map.of());

        assertThat(stages.stream().flatMap(stage -> stage.components().stream())
                .filter(Component::stopLast).map(Component::name)).containsExactly("kafka");
    }

    @Test
    void leftOutComponentsDisappearAndSoDoEmptyStages() {
        List<Stage> stages = StackPlan.without(plan(Map.of()), java.util.Set.of("kafka", "store", "tourism-service"));

        assertThat(stages).extracting(Stage::label).containsExactly("discovery", "auth", "gateway + services");
        assertThat(names(stages.get(2))).doesNotContain("tourism-service").contains("gateway");
    }

    private List<Stage> plan(Map<String, String> env) {
        return StackPlan.stages(layout, "java", ExternalEndpoints.fromEnv(env), new HttpProbe());
    }

    private static List<String> names(Stage stage) {
        return stage.components().stream().map(Component::name).toList();
    }

    private static Component component(List<Stage> stages, String name) {
        return stages.stream().flatMap(stage -> stage.components().stream())
                .filter(component -> component.name().equals(name)).findFirst().orElseThrow();
    }
}
