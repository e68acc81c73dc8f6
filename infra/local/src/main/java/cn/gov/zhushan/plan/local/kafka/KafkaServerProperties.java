package cn.gov.zhushan.plan.local.kafka;

import java.nio.file.Path;

/**
 * The KRaft configuration of the single local broker, which is also its own controller.
 * Everything that would need three brokers (replication factors, min ISR) is set to 1.
 */
public record KafkaServerProperties(String host, int brokerPort, int controllerPort, Path logDir) {

    public static final int DEFAULT_BROKER_PORT = 9092;
    public static final int DEFAULT_CONTROLLER_PORT = 9093;

    public static KafkaServerProperties defaults(Path logDir) {
        return new KafkaServerProperties("127.0.0.1", DEFAULT_BROKER_PORT, DEFAULT_CONTROLLER_PORT, logDir);
    }

    public String bootstrapServers() {
        return host + ":" + brokerPort;
    }

    public String render() {
        return String.join("\n",
                "# Written by the zhushan local launcher on every start; edits are overwritten.",
                "process.roles=broker,controller",
                "node.id=1",
                // Static voters: formatting needs no --standalone and the quorum is fixed at one node.
                "controller.quorum.voters=1@" + host + ":" + controllerPort,
                "listeners=PLAINTEXT://" + host + ":" + brokerPort + ",CONTROLLER://" + host + ":" + controllerPort,
                "advertised.listeners=PLAINTEXT://" + host + ":" + brokerPort,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "log.dirs=" + escape(logDir.toAbsolutePath().toString()),
                "auto.create.topics.enable=true",
                "num.partitions=3",
                "default.replication.factor=1",
                "min.insync.replicas=1",
                "offsets.topic.replication.factor=1",
                // 50 offsets partitions (the default) slow the first consumer group down for nothing here.
                "offsets.topic.num.partitions=3",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "transaction.state.log.num.partitions=3",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                // Consumers join at once instead of waiting 3 s for more members.
                "group.initial.rebalance.delay.ms=0",
                "num.network.threads=2",
                "num.io.threads=2",
                "log.retention.hours=168",
                "")
        ;
    }

    /** java.util.Properties treats backslashes as escapes (matters only for Windows paths). */
    private static String escape(String value) {
        return value.replace("\\", "\\\\");
    }
}
