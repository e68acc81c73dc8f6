package cn.gov.zhushan.plan.platform.test;

import java.net.InetSocketAddress;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The MongoDB and Kafka that integration tests talk to, started once per test JVM: Testcontainers
 * (a MongoDB replica set and a Kafka broker) where a Docker engine runs, otherwise mongo-java-server and
 * an embedded KRaft broker in this JVM. Both speak the real wire protocols, so tests run unchanged.
 */
public final class TestBackends {

    private static TestBackends instance;

    private final String mongoUri;
    private final String kafkaBootstrapServers;
    private final String mode;

    private TestBackends(String mongoUri, String kafkaBootstrapServers, String mode) {
        this.mongoUri = mongoUri;
        this.kafkaBootstrapServers = kafkaBootstrapServers;
        this.mode = mode;
    }

    public static synchronized TestBackends get() {
        if (instance == null) {
            instance = dockerAvailable() ? containers() : embedded();
        }
        return instance;
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static TestBackends containers() {
        MongoDBContainer mongo = new MongoDBContainer("mongo:7.0");
        KafkaContainer kafka = new KafkaContainer("apache/kafka-native:3.9.1");
        mongo.start();
        kafka.start();
        // Ryuk removes the containers when the JVM ends
        return new TestBackends(mongo.getReplicaSetUrl("test"), kafka.getBootstrapServers(), "testcontainers");
    }

    private static TestBackends embedded() {
        MongoServer mongo = new MongoServer(new MemoryBackend().version(ServerVersion.MONGO_5_0));
        mongo.bind(new InetSocketAddress("127.0.0.1", 0));
        InetSocketAddress address = mongo.getLocalAddress();
        EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 3);
        kafka.afterPropertiesSet();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.destroy();
            mongo.shutdownNow();
        }, "test-backends-shutdown"));
        return new TestBackends("mongodb://127.0.0.1:" + address.getPort() + "/test",
                kafka.getBrokersAsString(), "embedded");
    }

    public String mongoUri() {
        return mongoUri;
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    /** {@code testcontainers} or {@code embedded}. */
    public String mode() {
        return mode;
    }
}
