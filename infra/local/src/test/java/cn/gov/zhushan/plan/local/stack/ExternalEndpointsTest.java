package cn.gov.zhushan.plan.local.stack;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ExternalEndpointsTest {

    private static final String STORE = "127.0.0.1:27017";

    @Test
    void withoutUserSettingsBothEmbeddedPartsStart() {
        ExternalEndpoints endpoints = ExternalEndpoints.fromEnv(Map.of("PATH", "/usr/bin"));

        assertThat(endpoints.startStore()).isTrue();
        assertThat(endpoints.startKafka()).isTrue();
        assertThat(endpoints.mongoUriFor("indicators", STORE)).isEqualTo("mongodb://127.0.0.1:27017/indicators");
        assertThat(endpoints.kafkaBootstrapOr("127.0.0.1:9092")).isEqualTo("127.0.0.1:9092");
    }

    @Test
    void aUserMongoUriMeansNoEmbeddedStore() {
        ExternalEndpoints endpoints = ExternalEndpoints.fromEnv(Map.of("SPRING_MONGODB_URI", "mongodb://db.example:27017/plan"));

        assertThat(endpoints.startStore()).isFalse();
        assertThat(endpoints.startKafka()).isTrue();
        assertThat(endpoints.mongoUriFor("indicators", STORE)).isEqualTo("mongodb://db.example:27017/plan");
    }

    @Test
    void aUserKafkaMeansNoEmbeddedBroker() {
        ExternalEndpoints endpoints = ExternalEndpoints.fromEnv(Map.of("SPRING_KAFKA_BOOTSTRAP_SERVERS", "kafka:9092"));

        assertThat(endpoints.startKafka()).isFalse();
        assertThat(endpoints.startStore()).isTrue();
        assertThat(endpoints.kafkaBootstrapOr("127.0.0.1:9092")).isEqualTo("kafka:9092");
    }

    @Test
    void blankVariablesCountAsUnset() {
        ExternalEndpoints endpoints = ExternalEndpoints.fromEnv(Map.of("SPRING_MONGODB_URI", " ", "SPRING_KAFKA_BOOTSTRAP_SERVERS", ""));

        assertThat(endpoints.startStore()).isTrue();
        assertThat(endpoints.startKafka()).isTrue();
    }

    @Test
    void aUserUriWithoutDatabaseGetsEachServicesOwnDatabase() {
        assertThat(ExternalEndpoints.withDefaultDatabase("mongodb://h:27017", "projects"))
                .isEqualTo("mongodb://h:27017/projects");
        assertThat(ExternalEndpoints.withDefaultDatabase("mongodb://h:27017/", "projects"))
                .isEqualTo("mongodb://h:27017/projects");
        assertThat(ExternalEndpoints.withDefaultDatabase("mongodb://u:p@h1,h2/?replicaSet=rs0", "tourism"))
                .isEqualTo("mongodb://u:p@h1,h2/tourism?replicaSet=rs0");
        assertThat(ExternalEndpoints.withDefaultDatabase("mongodb+srv://cluster.example?tls=true", "livelihood"))
                .isEqualTo("mongodb+srv://cluster.example/livelihood?tls=true");
    }

    @Test
    void aUserUriNamingADatabaseIsPassedAsIs() {
        assertThat(ExternalEndpoints.withDefaultDatabase("mongodb://h/plan?w=majority", "projects"))
                .isEqualTo("mongodb://h/plan?w=majority");
    }
}
