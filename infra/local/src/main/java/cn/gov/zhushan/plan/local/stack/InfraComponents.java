package cn.gov.zhushan.plan.local.stack;

import cn.gov.zhushan.plan.local.Layout;
import cn.gov.zhushan.plan.local.kafka.KafkaMetadataProbe;
import cn.gov.zhushan.plan.local.kafka.KafkaServerProperties;
import cn.gov.zhushan.plan.local.kafka.KafkaStorage;
import cn.gov.zhushan.plan.local.ready.TcpPort;
import cn.gov.zhushan.plan.local.store.StoreMain;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The Kafka broker and the MongoDB-compatible store, each a child JVM on this module's classpath. */
public final class InfraComponents {

    public static final String KAFKA = "kafka";
    public static final String STORE = "store";
    public static final int DEFAULT_STORE_PORT = 27017;

    private InfraComponents() {
    }

    public static Component kafka(Layout layout, String java, KafkaServerProperties properties) {
        Path propertiesFile = layout.kafkaDir().resolve("server.properties");
        List<String> prefix = javaPrefix(layout, java, JvmFlags.kafka());
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of("kafka.Kafka", propertiesFile.toString()));
        Probe probe = () -> KafkaMetadataProbe.describe(properties.host(), properties.brokerPort(), 1000);
        return new Component(KAFKA, command, Map.of(),
                List.of(properties.brokerPort(), properties.controllerPort()),
                probe, new KafkaStorage(properties, propertiesFile, prefix), true);
    }

    public static Component store(Layout layout, String java, int port) {
        List<String> command = new ArrayList<>(javaPrefix(layout, java, JvmFlags.store()));
        command.addAll(List.of(StoreMain.class.getName(),
                "--host", "127.0.0.1", "--port", String.valueOf(port),
                "--file", layout.storeFile().toString()));
        Probe probe = () -> TcpPort.answers("127.0.0.1", port, 500)
                ? Optional.of("127.0.0.1:" + port) : Optional.empty();
        return new Component(STORE, command, Map.of(), List.of(port), probe, Preparation.NONE, false);
    }

    private static List<String> javaPrefix(Layout layout, String java, List<String> flags) {
        List<String> prefix = new ArrayList<>();
        prefix.add(java);
        prefix.addAll(flags);
        prefix.add("-Dlog4j2.configurationFile=" + layout.logConfig());
        // Kafka logs its own orderly shutdown; log4j's hook would stop the logger halfway through it.
        prefix.add("-Dlog4j2.shutdownHookEnabled=false");
        prefix.add("-cp");
        prefix.add(layout.childClasspath());
        return prefix;
    }
}
