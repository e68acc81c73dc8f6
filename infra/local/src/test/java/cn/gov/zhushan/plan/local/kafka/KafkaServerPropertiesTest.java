package cn.gov.zhushan.plan.local.kafka;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaServerPropertiesTest {

    @Test
    void rendersASingleNodeKraftBrokerAndController() throws IOException {
        Properties props = load(KafkaServerProperties.defaults(Path.of("/data/kafka/data")));

        assertThat(props.getProperty("process.roles")).isEqualTo("broker,controller");
        assertThat(props.getProperty("node.id")).isEqualTo("1");
        assertThat(props.getProperty("controller.quorum.voters")).isEqualTo("1@127.0.0.1:9093");
        assertThat(props.getProperty("listeners"))
                .isEqualTo("PLAINTEXT://127.0.0.1:9092,CONTROLLER://127.0.0.1:9093");
        assertThat(props.getProperty("advertised.listeners")).isEqualTo("PLAINTEXT://127.0.0.1:9092");
        assertThat(props.getProperty("controller.listener.names")).isEqualTo("CONTROLLER");
        assertThat(props.getProperty("log.dirs")).isEqualTo("/data/kafka/data");
        assertThat(props.getProperty("auto.create.topics.enable")).isEqualTo("true");
        assertThat(props.getProperty("num.partitions")).isEqualTo("3");
    }

    @Test
    void everyReplicationFactorIsOneBecauseThereIsOneBroker() throws IOException {
        Properties props = load(KafkaServerProperties.defaults(Path.of("/tmp/k")));

        assertThat(props.getProperty("offsets.topic.replication.factor")).isEqualTo("1");
        assertThat(props.getProperty("transaction.state.log.replication.factor")).isEqualTo("1");
        assertThat(props.getProperty("transaction.state.log.min.isr")).isEqualTo("1");
        assertThat(props.getProperty("default.replication.factor")).isEqualTo("1");
    }

    @Test
    void usesTheGivenPortsSoATestBrokerCanRunBesideTheStack() throws IOException {
        KafkaServerProperties custom = new KafkaServerProperties("127.0.0.1", 19092, 19093, Path.of("/tmp/k"));
        Properties props = load(custom);

        assertThat(props.getProperty("listeners")).isEqualTo("PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093");
        assertThat(props.getProperty("controller.quorum.voters")).isEqualTo("1@127.0.0.1:19093");
        assertThat(custom.bootstrapServers()).isEqualTo("127.0.0.1:19092");
    }

    @Test
    void clusterIdsLookLikeKafkaUuids() {
        String id = ClusterId.random();

        assertThat(id).hasSize(22).doesNotStartWith("-").matches("[A-Za-z0-9_-]+");
        assertThat(ClusterId.random()).isNotEqualTo(id);
    }

    private static Properties load(KafkaServerProperties properties) throws IOException {
        Properties props = new Properties();
        props.load(new StringReader(properties.render()));
        return props;
    }
}
