package cn.gov.zhushan.plan.project.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.gov.zhushan.plan.platform.test.PlatformIntegrationTest;
import cn.gov.zhushan.plan.platform.test.TopicProbe;

/** Monthly progress over real HTTP, stored over the Mongo wire protocol, published on the real broker. */
class ProgressReportingIT extends PlatformIntegrationTest {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    JsonMapper json;

    private final RestClient writer() {
        return api("development-reform", "projects:read", "projects:write");
    }

    private void register(String code) {
        ResponseEntity<String> created = writer().put().uri("/api/v1/projects/{code}", code)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "湖田窑遗址保护提升工程", "category", "CULTURE_AND_HERITAGE",
                        "ownerUnit", "珠山区文广新旅局", "onCityList", true,
                        "totalPlannedInvestment", "500000000.00", "annualPlans", Map.of("2024", "120000000.00")))
                .retrieve().toEntity(String.class);
        assertThat(created.getStatusCode().value()).isEqualTo(200);
    }

    private ResponseEntity<String> report(String code, String month, String amount) {
        return writer().put().uri("/api/v1/projects/{code}/progress/{month}", code, month)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("investmentCompleted", amount, "physicalProgressPercent", "35.5"))
                .retrieve().toEntity(String.class);
    }

    @Test
    void reportPublishesInvestmentReportedAsCloudEventWithYearToDate() {
        register("P-2024-001");
        assertThat(report("P-2024-001", "2024-01", "10000000.10").getStatusCode().value()).isEqualTo(200);
        assertThat(report("P-2024-001", "2024-02", "20000000.20").getStatusCode().value()).isEqualTo(200);

        List<ConsumerRecord<String, byte[]>> records = TopicProbe.read(BACKENDS.kafkaBootstrapServers(),
                "plan.projects.v1", r -> ofProject(r, "P-2024-001").size() >= 2, Duration.ofSeconds(20));
        List<ConsumerRecord<String, byte[]>> ours = ofProject(records, "P-2024-001");
        assertThat(ours).hasSize(2);
        ConsumerRecord<String, byte[]> second = ours.get(1);
        assertThat(second.key()).isEqualTo("P-2024-001");
        assertThat(TopicProbe.header(second, "ce_type")).isEqualTo("cn.gov.zhushan.plan.projects.investment-reported.v1");
        assertThat(TopicProbe.header(second, "ce_source")).isEqualTo("/zhushan/project-service");
        assertThat(TopicProbe.header(second, "ce_specversion")).isEqualTo("1.0");
        assertThat(TopicProbe.header(second, "ce_id")).isNotBlank();
        assertThat(TopicProbe.header(second, "ce_time")).isNotBlank();
        JsonNode data = json.readTree(second.value());
        assertThat(data.get("yearToDateInvestment").decimalValue()).isEqualByComparingTo("30000000.30");
        assertThat(data.get("annualPlannedInvestment").decimalValue()).isEqualByComparingTo("120000000.00");
        assertThat(data.get("sequence").asLong()).isEqualTo(2);

        // the outbox is emptied once the broker acknowledged
        assertThat(mongo.getCollection("projects").find(new org.bson.Document("_id", "P-2024-001")).first()
                .getList("pendingEvents", Object.class)).isEmpty();
    }

    @Test
    void sameReportTwiceChangesNothingAndPublishesOnce() throws Exception {
        register("P-2024-002");
        assertThat(report("P-2024-002", "2024-03", "5000000").getBody()).contains("\"changed\":true");
        assertThat(report("P-2024-002", "2024-03", "5000000.00").getBody()).contains("\"changed\":false");
        // a corrected figure is a change, and the old one is kept as a revision
        assertThat(report("P-2024-002", "2024-03", "6000000").getBody()).contains("\"changed\":true");

        List<ConsumerRecord<String, byte[]>> records = TopicProbe.read(BACKENDS.kafkaBootstrapServers(),
                "plan.projects.v1", r -> ofProject(r, "P-2024-002").size() >= 2, Duration.ofSeconds(20));
        Thread.sleep(300); // give a wrongly published third event the chance to show up
        records = TopicProbe.read(BACKENDS.kafkaBootstrapServers(), "plan.projects.v1",
                r -> ofProject(r, "P-2024-002").size() >= 3, Duration.ofSeconds(2));
        assertThat(ofProject(records, "P-2024-002")).hasSize(2);
        org.bson.Document stored = mongo.getCollection("projects").find(new org.bson.Document("_id", "P-2024-002")).first();
        assertThat(stored.getList("progressRevisions", org.bson.Document.class)).hasSize(1);
        // figures are stored exactly, as Decimal128, not as text or floating point
        assertThat(stored.getList("progress", org.bson.Document.class).get(0).get("investmentCompleted"))
                .isInstanceOf(org.bson.types.Decimal128.class);
    }

    @Test
    void badInputIsAProblemDetailAndChangesNothing() {
        register("P-2024-003");
        ResponseEntity<String> negative = report("P-2024-003", "2024-04", "-1");
        assertThat(negative.getStatusCode().value()).isEqualTo(400);
        assertThat(negative.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(negative.getBody()).contains("investmentCompleted");

        assertThat(report("P-2024-003", "2999-01", "1").getStatusCode().value()).isEqualTo(422);
        ResponseEntity<String> noSuchMonth = report("P-2024-003", "2024-13", "1");
        assertThat(noSuchMonth.getStatusCode().value()).as(noSuchMonth.getBody()).isEqualTo(400);
        assertThat(report("NO-SUCH", "2024-04", "1").getStatusCode().value()).isEqualTo(404);

        ResponseEntity<String> malformed = writer().put().uri("/api/v1/projects/P-2024-003/progress/2024-04")
                .contentType(MediaType.APPLICATION_JSON).body("{\"investmentCompleted\": ")
                .retrieve().toEntity(String.class);
        assertThat(malformed.getStatusCode().value()).isEqualTo(400);
        assertThat(malformed.getBody()).doesNotContain("Exception").doesNotContain("tools.jackson");

        ResponseEntity<String> wrongType = writer().put().uri("/api/v1/projects/P-2024-003/progress/2024-04")
                .contentType(MediaType.APPLICATION_JSON).body("{\"investmentCompleted\": {\"$gt\": \"\"}}")
                .retrieve().toEntity(String.class);
        assertThat(wrongType.getStatusCode().value()).isEqualTo(400);

        ResponseEntity<String> xml = writer().put().uri("/api/v1/projects/P-2024-003/progress/2024-04")
                .contentType(MediaType.APPLICATION_XML).body("<x/>").retrieve().toEntity(String.class);
        assertThat(xml.getStatusCode().value()).isEqualTo(415);

        org.bson.Document stored = mongo.getCollection("projects").find(new org.bson.Document("_id", "P-2024-003")).first();
        assertThat(stored.getList("progress", Object.class)).isEmpty();
        assertThat(stored.getList("pendingEvents", Object.class)).isEmpty();
    }

    @Test
    void scopesAreCheckedByTheServiceItself() {
        assertThat(anonymous().get().uri("/api/v1/projects").retrieve().toEntity(String.class)
                .getStatusCode().value()).isEqualTo(401);
        assertThat(api("dashboard", "projects:read").put().uri("/api/v1/projects/P-X")
                .contentType(MediaType.APPLICATION_JSON).body("{}").retrieve().toEntity(String.class)
                .getStatusCode().value()).isEqualTo(403);
        assertThat(api("statistics-bureau", "indicators:read").get().uri("/api/v1/projects").retrieve()
                .toEntity(String.class).getStatusCode().value()).isEqualTo(403);
        ResponseEntity<String> forged = RestClient.create("http://127.0.0.1:" + port).get().uri("/api/v1/projects")
                .header("Authorization", "Bearer " + TOKENS.forged("development-reform", "projects:read"))
                .retrieve().onStatus(s -> true, (req, res) -> { }).toEntity(String.class);
        assertThat(forged.getStatusCode().value()).isEqualTo(401);
        assertThat(forged.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(api("dashboard", "projects:read").get().uri("/api/v1/projects").retrieve()
                .toEntity(String.class).getStatusCode().value()).isEqualTo(200);
    }

    private static List<ConsumerRecord<String, byte[]>> ofProject(List<ConsumerRecord<String, byte[]>> records, String code) {
        return records.stream().filter(r -> code.equals(r.key())).toList();
    }
}
