package cn.gov.zhushan.plan.indicator.keyprojects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.gov.zhushan.plan.platform.events.EventTypes;
import cn.gov.zhushan.plan.platform.test.PlatformIntegrationTest;
import cn.gov.zhushan.plan.platform.test.TopicProbe;

/**
 * project-service's investment-reported events, as they arrive on the real broker, change the
 * key-project investment figure the API returns: once per event, whatever is redelivered or replayed.
 */
class InvestmentReportedFlowIT extends PlatformIntegrationTest {

    private static final String TOPIC = "plan.projects.v1";

    @Autowired
    MongoTemplate mongo;
    @Autowired
    JsonMapper json;

    private CloudEvent investmentReported(String id, String project, int year, String month, String ytd,
                                          String planned, long sequence) {
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("projectCode", project);
        data.put("projectName", "项目 " + project);
        data.put("onCityList", true);
        data.put("year", year);
        data.put("month", month);
        data.put("monthInvestment", new BigDecimal("1"));
        data.put("yearToDateInvestment", new BigDecimal(ytd));
        data.put("annualPlannedInvestment", new BigDecimal(planned));
        data.put("sequence", sequence);
        return CloudEventBuilder.v1().withId(id)
                .withType(EventTypes.type("projects", "investment-reported"))
                .withSource(URI.create("/zhushan/project-service")).withSubject("projects/" + project)
                .withTime(OffsetDateTime.now()).withDataContentType("application/json")
                .withData(json.writeValueAsBytes(data)).build();
    }

    private void send(String key, CloudEvent event) throws Exception {
        try (KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BACKENDS.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new CloudEventSerializer())) {
            producer.send(new ProducerRecord<>(TOPIC, key, event)).get();
        }
    }

    private void sendRaw(String key, byte[] value) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BACKENDS.kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(TOPIC, key, value)).get();
        }
    }

    private JsonNode figure(int year) {
        String body = api("dashboard", "indicators:read").get().uri("/api/v1/indicators/key-project-investment/{y}", year)
                .retrieve().body(String.class);
        return json.readTree(body).get("summary");
    }

    @Test
    void eventsChangeTheFigureOnceEvenWhenRedeliveredOrLate() throws Exception {
        int year = 2031;
        CloudEvent first = investmentReported(UUID.randomUUID().toString(), "K1", year, "2031-01", "100000000.50", "300000000", 1);
        CloudEvent second = investmentReported(UUID.randomUUID().toString(), "K1", year, "2031-02", "250000000.50", "300000000", 2);
        CloudEvent other = investmentReported(UUID.randomUUID().toString(), "K2", year, "2031-02", "80000000", "100000000", 1);
        send("K1", first);
        send("K1", second);
        send("K2", other);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(figure(year).get("completed").decimalValue()).isEqualByComparingTo("330000000.50"));

        // redelivery of the same event, and a late copy of an older one under a new id: nothing changes
        send("K1", second);
        send("K1", investmentReported(UUID.randomUUID().toString(), "K1", year, "2031-01", "100000000.50", "300000000", 1));
        CloudEvent marker = investmentReported(UUID.randomUUID().toString(), "K3", year, "2031-02", "1", "1", 1);
        send("K3", marker); // same partition order is not guaranteed across keys, so wait for its mark
        await().atMost(Duration.ofSeconds(20)).until(() ->
                mongo.exists(Query.query(Criteria.where("_id").is(marker.getId())), "processed_events"));
        await().atMost(Duration.ofSeconds(20)).until(() -> mongo.count(Query.query(Criteria.where("_id")
                .in(second.getId(), first.getId(), other.getId())), "processed_events") == 3);
        Thread.sleep(500);

        JsonNode summary = figure(year);
        assertThat(summary.get("completed").decimalValue()).isEqualByComparingTo("330000001.50");
        assertThat(summary.get("annualPlanned").decimalValue()).isEqualByComparingTo("400000001");
        assertThat(summary.get("projects").asInt()).isEqualTo(3);
        Document k1 = mongo.getCollection(ProjectInvestment.COLLECTION).find(new Document("_id", "K1:" + year)).first();
        assertThat(k1.get("sequence", Number.class).longValue()).isEqualTo(2);
        assertThat(k1.getString("lastMonth")).isEqualTo("2031-02");
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndThePartitionKeepsFlowing() throws Exception {
        int year = 2032;
        sendRaw("P1", "not a cloud event".getBytes(StandardCharsets.UTF_8));
        send("P1", investmentReported(UUID.randomUUID().toString(), "P1", year, "2032-01", "42", "84", 1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode percent = figure(year).get("completionPercent");
            assertThat(percent.isNumber()).as("completionPercent once the event is applied").isTrue(); // null before
            assertThat(percent.decimalValue()).isEqualByComparingTo("50.0");
        });
        var dead = TopicProbe.read(BACKENDS.kafkaBootstrapServers(), TOPIC + "-dlt",
                records -> records.stream().anyMatch(r -> "P1".equals(r.key())), Duration.ofSeconds(20));
        assertThat(dead).anySatisfy(r -> {
            assertThat(r.key()).isEqualTo("P1");
            assertThat(new String(r.value(), StandardCharsets.UTF_8)).isEqualTo("not a cloud event");
        });
    }

    @Test
    void readsNeedTheIndicatorsReadScope() {
        assertThat(anonymous().get().uri("/api/v1/indicators/key-project-investment/2024").retrieve()
                .toEntity(String.class).getStatusCode().value()).isEqualTo(401);
        assertThat(api("x", "projects:read").get().uri("/api/v1/indicators/key-project-investment/2024").retrieve()
                .toEntity(String.class).getStatusCode().value()).isEqualTo(403);
        assertThat(api("x", "indicators:read").get().uri("/api/v1/indicators/key-project-investment/1900").retrieve()
                .toEntity(String.class).getStatusCode().value()).isEqualTo(400);
        assertThat(api("x", "indicators:read").get().uri("/api/v1/indicators/GDP").retrieve()
                .body(String.class)).contains("地区生产总值");
    }
}
