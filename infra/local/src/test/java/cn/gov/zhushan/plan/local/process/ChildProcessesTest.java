package cn.gov.zhushan.plan.local.process;

import cn.gov.zhushan.plan.local.Layout;
import cn.gov.zhushan.plan.local.kafka.KafkaServerProperties;
import cn.gov.zhushan.plan.local.stack.Component;
import cn.gov.zhushan.plan.local.stack.InfraComponents;
import cn.gov.zhushan.plan.local.stack.Stage;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the real broker and store child JVMs exactly as the launcher does, on ports that do not
 * clash with a running stack, talks to them with the real clients, and stops them.
 */
class ChildProcessesTest {

    private static final int KAFKA_PORT = 19092;
    private static final int CONTROLLER_PORT = 19093;
    private static final int STORE_PORT = 27117;

    @Test
    void brokerAndStoreStartAnswerAndStop(@TempDir Path data) throws Exception {
        Layout layout = new Layout(Path.of("../..").toAbsolutePath().normalize(), data);
        String java = ProcessHandle.current().info().command().orElse("java");
        KafkaServerProperties kafkaProps = new KafkaServerProperties(
                "127.0.0.1", KAFKA_PORT, CONTROLLER_PORT, layout.kafkaDir().resolve("data"));
        Component kafka = InfraComponents.kafka(layout, java, kafkaProps);
        Component store = InfraComponents.store(layout, java, STORE_PORT);
        Supervisor supervisor = new Supervisor(new PidFile(layout.pidFile()), layout::logFile);
        try {
            List<Supervisor.Running> running = supervisor.start(new Stage("infra", List.of(kafka, store)));
            assertThat(Files.readString(layout.pidFile())).contains("launcher\t", "kafka\t", "store\t");
            awaitUp(kafka, running.get(0), layout);
            awaitUp(store, running.get(1), layout);

            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaProps.bootstrapServers()))) {
                assertThat(admin.describeCluster().nodes().get(10, TimeUnit.SECONDS)).hasSize(1);
            }
            try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + STORE_PORT)) {
                assertThat(client.getDatabase("admin").runCommand(new Document("ping", 1)).get("ok"))
                        .isIn(1, 1.0);
                MongoCollection<Document> plans = client.getDatabase("indicators").getCollection("plans");
                plans.insertOne(new Document("_id", "gdp-2024").append("growth", "5.5%"));
                assertThat(plans.countDocuments()).isEqualTo(1);
            }
            List<ProcessHandle> handles = supervisor.handles();

            supervisor.stopAll();

            assertThat(handles).noneMatch(ProcessHandle::isAlive);
            assertThat(layout.pidFile()).doesNotExist();
            assertThat(layout.storeFile()).exists();
            assertThat(layout.kafkaDir().resolve("data/meta.properties")).exists();
        } finally {
            supervisor.stopAll();
        }
    }

    private static void awaitUp(Component component, Supervisor.Running running, Layout layout) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            assertThat(running.process().isAlive())
                    .as(component.name() + " died; log:\n" + Files.readString(layout.logFile(component.name())))
                    .isTrue();
            if (component.probe().check().isPresent()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(component.name() + " not up in 60 s; log:\n"
                + Files.readString(layout.logFile(component.name())));
    }
}
