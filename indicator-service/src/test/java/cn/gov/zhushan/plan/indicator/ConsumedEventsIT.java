package cn.gov.zhushan.plan.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.gov.zhushan.plan.platform.test.PlatformIntegrationTest;

/**
 * Recorded tourism and livelihood events (src/test/resources/events), sent on the real broker, change the
 * figures once: redelivered, replayed under new ids or late, they change nothing.
 */
class ConsumedEventsIT extends PlatformIntegrationTest {

    @Autowired
    JsonMapper json;
    @Autowired
    MongoTemplate mongo;

    private List<Recorded> recorded(String resource) throws Exception {
        try (InputStream in = new ClassPathResource("events/" + resource).getInputStream()) {
            List<Recorded> events = new ArrayList<>();
            for (JsonNode node : json.readTree(in)) {
                events.add(new Recorded(node.get("key").asString(), node.get("id").asString(), node.get("type").asString(),
                        node.get("source").asString(), node.get("subject").asString(), json.writeValueAsBytes(node.get("data"))));
            }
            return events;
        }
    }

    record Recorded(String key, String id, String type, String source, String subject, byte[] data) {

        CloudEvent event(String withId) {
            return CloudEventBuilder.v1().withId(withId).withType(type).withSource(URI.create(source)).withSubject(subject)
                    .withTime(OffsetDateTime.now()).withDataContentType("application/json").withData(data).build();
        }
    }

    private void send(String topic, List<Recorded> events, boolean newIds) throws Exception {
        try (KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BACKENDS.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new org.apache.kafka.common.serialization.StringSerializer(),
                new CloudEventSerializer())) {
            for (Recorded r : events) {
                producer.send(new ProducerRecord<>(topic, r.key(), r.event(newIds ? UUID.randomUUID().toString() : r.id()))).get();
            }
        }
    }

    private JsonNode get(String path) {
        return json.readTree(api("dashboard", "indicators:read").get().uri(path).retrieve().body(String.class));
    }

    private void awaitProcessed(int count) {
        await().atMost(Duration.ofSeconds(30)).until(() ->
                mongo.count(Query.query(Criteria.where("type").in("cn.gov.zhushan.plan.tourism.footfall-daily.v1",
                        "cn.gov.zhushan.plan.livelihood.cycle-distributed.v1").and("subject").ne(RECONCILED_SUBJECT)),
                        "processed_events") >= count);
    }

    private static final String RECONCILED_SUBJECT = "cycles/CARE-2039-03";

    @Test
    void anEventFromAnotherSourceThanItsPublisherGoesToTheDeadLetterTopicAndChangesNothing() throws Exception {
        byte[] forged = ("{\"programCode\":\"CARE\",\"period\":\"2044-05\",\"households\":1,\"persons\":1,"
                + "\"amount\":99999999.00,\"cycleId\":\"CARE-2044-05\"}").getBytes();
        Recorded fromTourism = new Recorded("CARE-2044-05", "x", "cn.gov.zhushan.plan.livelihood.cycle-distributed.v1",
                "/zhushan/tourism-service", "cycles/CARE-2044-05", forged);
        send("plan.livelihood.v1", List.of(fromTourism), true);
        List<org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]>> dead = cn.gov.zhushan.plan.platform.test.TopicProbe.read(
                BACKENDS.kafkaBootstrapServers(), "plan.livelihood.v1-dlt",
                records -> records.stream().anyMatch(r -> "CARE-2044-05".equals(r.key())), Duration.ofSeconds(30));
        assertThat(dead).anyMatch(r -> "CARE-2044-05".equals(r.key()));
        assertThat(mongo.count(Query.query(Criteria.where("subject").is("cycles/CARE-2044-05")), "processed_events")).isZero();
        JsonNode spending = get("/api/v1/indicators/livelihood-spending/2044");
        assertThat(spending.toString()).doesNotContain("99999999");
    }

    @Test
    void aCycleReconciledAfterItsDistributionCountsTheMoneyPaidAtReconciliation() throws Exception {
        byte[] distributed = ("{\"programCode\":\"CARE\",\"period\":\"2039-03\",\"households\":10,\"persons\":12,"
                + "\"amount\":1000.00,\"cycleId\":\"CARE-2039-03\"}").getBytes();
        byte[] reconciled = ("{\"programCode\":\"CARE\",\"period\":\"2039-03\",\"households\":11,\"persons\":13,"
                + "\"amount\":1100.50,\"cycleId\":\"CARE-2039-03\"}").getBytes();
        String source = "/zhushan/livelihood-service";
        Recorded first = new Recorded("CARE-2039-03", "x", "cn.gov.zhushan.plan.livelihood.cycle-distributed.v1", source,
                RECONCILED_SUBJECT, distributed);
        Recorded second = new Recorded("CARE-2039-03", "x", "cn.gov.zhushan.plan.livelihood.cycle-reconciled.v1", source,
                RECONCILED_SUBJECT, reconciled);

        send("plan.livelihood.v1", List.of(first, second), true);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(get("/api/v1/indicators/livelihood-spending/2039").get("amountYuan").decimalValue())
                        .isEqualByComparingTo("1100.50"));

        // the distribution replayed under a new id after the reconciliation: the reconciled total stays
        send("plan.livelihood.v1", List.of(first), true);
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.count(Query.query(Criteria.where("subject")
                .is(RECONCILED_SUBJECT)), "processed_events") >= 3);
        JsonNode spending = get("/api/v1/indicators/livelihood-spending/2039");
        assertThat(spending.get("amountYuan").decimalValue()).isEqualByComparingTo("1100.50");
        assertThat(spending.at("/programs/0/latestPersons").asLong()).isEqualTo(13);
    }

    @Test
    void recordedFootfallAndCycleEventsSetTheFiguresOnceWhateverIsReplayed() throws Exception {
        List<Recorded> footfall = recorded("tourism-footfall-daily.json");
        List<Recorded> cycles = recorded("livelihood-cycle-distributed.json");
        send("plan.tourism.v1", footfall, false);
        send("plan.livelihood.v1", cycles, false);
        awaitProcessed(6);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(get("/api/v1/indicators/visitor-arrivals/2038-10").get("personVisits").asLong()).isEqualTo(70400));

        // redelivery (same ids), a replay of the whole topic under new ids, and a late older total: nothing changes
        send("plan.tourism.v1", footfall, false);
        send("plan.tourism.v1", footfall, true);
        send("plan.tourism.v1", List.of(footfall.get(0)), true);
        send("plan.livelihood.v1", cycles, true);
        awaitProcessed(6 + 3 + 1 + 3);

        JsonNode arrivals = get("/api/v1/indicators/visitor-arrivals/2038");
        assertThat(arrivals.get("personVisits").asLong()).isEqualTo(70400);
        assertThat(arrivals.get("siteDays").asInt()).isEqualTo(2);
        JsonNode spending = get("/api/v1/indicators/livelihood-spending/2038");
        assertThat(spending.get("amountYuan").decimalValue()).isEqualByComparingTo("12303083.34");
        assertThat(spending.at("/programs/0/programCode").asString()).isEqualTo("DIBAO");
        assertThat(spending.at("/programs/0/months").asInt()).isEqualTo(2);
        assertThat(spending.at("/programs/0/latestPersons").asLong()).isEqualTo(9050);
        assertThat(api("x", "indicators:read").get().uri("/api/v1/indicators/visitor-arrivals/2038-13").retrieve()
                .toEntity(String.class).getStatusCode().value()).isEqualTo(400);
    }
}
