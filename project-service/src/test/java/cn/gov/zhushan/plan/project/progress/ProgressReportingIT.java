package cn.gov.zhushan.plan.project.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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

import cn.gov.zhushan.plan.platform.test.OpenApiDocument;
import cn.gov.zhushan.plan.platform.test.PlatformIntegrationTest;
import cn.gov.zhushan.plan.platform.test.TopicProbe;

/** Monthly progress over real HTTP, stored over the Mongo wire protocol, published on the real broker. */
class ProgressReportingIT extends PlatformIntegrationTest {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    JsonMapper json;
    @Autowired
    cn.gov.zhushan.plan.project.portfolio.DailyProjectWatch watch;

    private final RestClient writer() {
        return api("development-reform", "projects:read", "projects:write");
    }

    private void register(String code) {
        ResponseEntity<String> created = writer().post().uri("/api/v1/projects")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("code", code, "name", "湖田窑遗址保护提升工程", "category", "CULTURE_AND_HERITAGE",
                        "ownerUnit", "珠山区文广新旅局", "onCityList", true,
                        "totalPlannedInvestment", "500000000.00", "annualPlans", Map.of("2024", "120000000.00")))
                .retrieve().toEntity(String.class);
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        assertThat(stage(code, "SIGNED", "2023-11-01").getStatusCode().value()).isEqualTo(200);
        assertThat(stage(code, "UNDER_CONSTRUCTION", "2024-01-01").getStatusCode().value()).isEqualTo(200);
    }

    private ResponseEntity<String> stage(String code, String stage, String on) {
        return writer().post().uri("/api/v1/projects/{code}/stage-changes", code)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("stage", stage, "effectiveOn", on))
                .retrieve().toEntity(String.class);
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
        // the relay's send is observed, so the trace continues into the consumers
        assertThat(TopicProbe.header(second, "traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
        JsonNode data = json.readTree(second.value());
        assertThat(data.get("yearToDateInvestment").decimalValue()).isEqualByComparingTo("30000000.30");
        assertThat(data.get("annualPlannedInvestment").decimalValue()).isEqualByComparingTo("120000000.00");
        // registered (1), signed (2), under construction (3), January (4), February (5)
        assertThat(data.get("sequence").asLong()).isEqualTo(5);

        // the relay's figures are scraped by Prometheus, events counted per type
        String metrics = anonymous().get().uri("/actuator/prometheus").retrieve().body(String.class);
        assertThat(metrics).contains("platform_outbox_published_total{application=\"project-service\",type=\"cn.gov.zhushan.plan.projects.investment-reported.v1\"}")
                .contains("platform_outbox_pending").contains("platform_outbox_relay_lag_seconds").contains("kafka_producer_");

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
        assertThat(api("dashboard", "projects:read").post().uri("/api/v1/projects")
                .contentType(MediaType.APPLICATION_JSON).body("{}").retrieve().toEntity(String.class)
                .getStatusCode().value()).isEqualTo(403);
        assertThat(api("statistics-bureau", "indicators:read").get().uri("/api/v1/projects").retrieve()
                .toEntity(String.class).getStatusCode().value()).isEqualTo(403);
        ResponseEntity<String> forged = RestClient.create("http://127.0.0.1:" + port).get().uri("/api/v1/projects")
                .header("Authorization", "Bearer " + TOKENS.forged("development-reform", "projects:read"))
                .retrieve().onStatus(s -> true, (req, res) -> { }).toEntity(String.class);
        assertThat(forged.getStatusCode().value()).isEqualTo(401);
        assertThat(forged.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        // the platform's own key is not enough: the token must be from our issuer and meant for this platform
        for (String token : List.of(TOKENS.fromOtherIssuer("development-reform", "projects:read"),
                TOKENS.forOtherAudience("development-reform", "projects:read"))) {
            assertThat(RestClient.create("http://127.0.0.1:" + port).get().uri("/api/v1/projects")
                    .header("Authorization", "Bearer " + token).retrieve().onStatus(s -> true, (req, res) -> { })
                    .toEntity(String.class).getStatusCode().value()).isEqualTo(401);
        }
        assertThat(api("dashboard", "projects:read").get().uri("/api/v1/projects").retrieve()
                .toEntity(String.class).getStatusCode().value()).isEqualTo(200);
        // the API documents are open: the AsyncAPI contract and an OpenAPI with the client-credentials scheme
        assertThat(anonymous().get().uri("/asyncapi/asyncapi.yaml").retrieve().body(String.class))
                .contains("plan.projects.v1");
        String openApi = anonymous().get().uri("/v3/api-docs").retrieve().body(String.class);
        assertThat(openApi).contains("clientCredentials").contains("/oauth2/token").contains("projects:write");
        assertThat(OpenApiDocument.problems(openApi)).as("OpenAPI validity").isEmpty();
    }

    private static List<ConsumerRecord<String, byte[]>> ofProject(List<ConsumerRecord<String, byte[]>> records, String code) {
        return ofProject(records, code, "investment-reported");
    }

    private static List<ConsumerRecord<String, byte[]>> ofProject(List<ConsumerRecord<String, byte[]>> records, String code,
                                                                  String event) {
        return records.stream().filter(r -> code.equals(r.key()))
                .filter(r -> ("cn.gov.zhushan.plan.projects." + event + ".v1").equals(TopicProbe.header(r, "ce_type")))
                .toList();
    }

    @Test
    void concurrentDoubleSubmissionOfTheSameMonthLeavesOneRecordAndOneEvent() throws Exception {
        register("P-2024-004");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<ResponseEntity<String>>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(pool.submit(() -> report("P-2024-004", "2024-06", "7000000")));
            }
            int changed = 0;
            for (var answer : answers) {
                ResponseEntity<String> response = answer.get();
                assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
                changed += response.getBody().contains("\"changed\":true") ? 1 : 0;
            }
            assertThat(changed).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
        org.bson.Document stored = mongo.getCollection("projects").find(new org.bson.Document("_id", "P-2024-004")).first();
        assertThat(stored.getList("progress", org.bson.Document.class)).hasSize(1);
        List<ConsumerRecord<String, byte[]>> records = TopicProbe.read(BACKENDS.kafkaBootstrapServers(),
                "plan.projects.v1", r -> ofProject(r, "P-2024-004").size() >= 2, Duration.ofSeconds(3));
        assertThat(ofProject(records, "P-2024-004")).hasSize(1);
    }

    @Test
    void aChunkedBodyIsMeasuredByItsBytesNotByAHeader() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String token = TOKENS.issue("development-reform", "projects:read", "projects:write");
        // over the 1 MB limit and without a Content-Length: refused before any parser sees it, nothing written
        String oversized = "{\"code\":\"P-CHUNK-1\",\"name\":\"" + "x".repeat(1_200_000) + "\",\"category\":\"INDUSTRY\","
                + "\"ownerUnit\":\"u\",\"totalPlannedInvestment\":\"1\"}";
        HttpResponse<String> refused = http.send(chunkedPost(token, oversized), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).contains("problem+json");
        assertThat(mongo.getCollection("projects").countDocuments(new org.bson.Document("_id", "P-CHUNK-1"))).isZero();
        // a small chunked body is read as usual
        HttpResponse<String> accepted = http.send(chunkedPost(token, oversized.replace("x".repeat(1_200_000), "chunked")
                .replace("P-CHUNK-1", "P-CHUNK-2")), HttpResponse.BodyHandlers.ofString());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
    }

    private HttpRequest chunkedPost(String token, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/projects"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))).build();
    }

    @Test
    void lifecycleAndFundingRulesAnswer409And422() {
        register("P-2024-005");
        ResponseEntity<String> duplicate = writer().post().uri("/api/v1/projects").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("code", "P-2024-005", "name", "x", "category", "INDUSTRY", "ownerUnit", "u",
                        "totalPlannedInvestment", "1")).retrieve().toEntity(String.class);
        assertThat(duplicate.getStatusCode().value()).as(duplicate.getBody()).isEqualTo(409);
        // a code that names another resource under /api/v1/projects/ could never be read back
        ResponseEntity<String> reserved = writer().post().uri("/api/v1/projects").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("code", "Portfolio", "name", "x", "category", "INDUSTRY", "ownerUnit", "u",
                        "totalPlannedInvestment", "1")).retrieve().toEntity(String.class);
        assertThat(reserved.getStatusCode().value()).as(reserved.getBody()).isEqualTo(422);
        assertThat(reserved.getBody()).contains("reserved");

        ResponseEntity<String> backwards = stage("P-2024-005", "NEGOTIATION", "2024-02-01");
        assertThat(backwards.getStatusCode().value()).isEqualTo(409);
        assertThat(backwards.getBody()).contains("allowed: CANCELLED, COMPLETED, SUSPENDED");
        assertThat(stage("P-2024-005", "COMPLETED", "2999-01-01").getStatusCode().value()).isEqualTo(400);
        assertThat(stage("P-2024-005", "WHATEVER", "2024-02-01").getStatusCode().value()).isEqualTo(400);

        ResponseEntity<String> committed = writer().put().uri("/api/v1/projects/P-2024-005/funding/F1")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("source", "SPECIAL_TREASURY_BONDS", "status", "COMMITTED", "amount", "60000000",
                        "date", "2024-05-10")).retrieve().toEntity(String.class);
        assertThat(committed.getStatusCode().value()).as(committed.getBody()).isEqualTo(200);
        ResponseEntity<String> back = writer().put().uri("/api/v1/projects/P-2024-005/funding/F1")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("source", "SPECIAL_TREASURY_BONDS", "status", "INDICATIVE", "amount", "60000000",
                        "date", "2024-05-10")).retrieve().toEntity(String.class);
        assertThat(back.getStatusCode().value()).isEqualTo(409);
        ResponseEntity<String> unknownSource = writer().put().uri("/api/v1/projects/P-2024-005/funding/F2")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("source", "LOTTERY", "status", "COMMITTED", "amount", "1", "date", "2024-05-10"))
                .retrieve().toEntity(String.class);
        assertThat(unknownSource.getStatusCode().value()).isEqualTo(400);
        assertThat(unknownSource.getBody()).contains("source");

        String totals = api("dashboard", "projects:read").get().uri("/api/v1/projects/funding-totals?year=2024")
                .retrieve().body(String.class);
        assertThat(totals).contains("SPECIAL_TREASURY_BONDS");

        List<ConsumerRecord<String, byte[]>> records = TopicProbe.read(BACKENDS.kafkaBootstrapServers(),
                "plan.projects.v1", r -> ofProject(r, "P-2024-005", "funding-secured").size() >= 1
                        && ofProject(r, "P-2024-005", "stage-changed").size() >= 2, Duration.ofSeconds(20));
        assertThat(ofProject(records, "P-2024-005", "funding-secured")).hasSize(1);
        assertThat(ofProject(records, "P-2024-005", "project-registered")).hasSize(1);
        assertThat(ofProject(records, "P-2024-005", "stage-changed")).hasSize(2);
    }

    @Test
    void promotionPipelineAndOc4idsExport() {
        RestClient promoter = writer();
        assertThat(promoter.put().uri("/api/v1/projects/promotion/leads/LD-1").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("company", "景德镇陶瓷文化旅游集团", "sector", "culture-tourism", "intendedAmount", "300000000"))
                .retrieve().toEntity(String.class).getStatusCode().value()).isEqualTo(200);
        ResponseEntity<String> unknownLead = promoter.put().uri("/api/v1/projects/promotion/trips/TR-1")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("date", "2031-01-01", "destination", "上海", "leadIds", java.util.List.of("LD-1"))).retrieve()
                .toEntity(String.class);
        assertThat(unknownLead.getStatusCode().value()).isEqualTo(400); // a future trip date
        assertThat(promoter.put().uri("/api/v1/projects/promotion/trips/TR-1").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("date", "2024-04-02", "destination", "上海", "leadIds", java.util.List.of("LD-1", "NOPE")))
                .retrieve().toEntity(String.class).getStatusCode().value()).isEqualTo(422);
        assertThat(promoter.put().uri("/api/v1/projects/promotion/trips/TR-1").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("date", "2024-04-02", "destination", "上海", "leadIds", java.util.List.of("LD-1")))
                .retrieve().toEntity(String.class).getStatusCode().value()).isEqualTo(200);
        assertThat(promoter.put().uri("/api/v1/projects/promotion/leads/LD-1/deal").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("signedOn", "2024-09-01", "signedAmount", "250000000")).retrieve()
                .toEntity(String.class).getStatusCode().value()).isEqualTo(200);
        assertThat(promoter.put().uri("/api/v1/projects/promotion/leads/LD-1/deal").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("signedOn", "2024-10-01", "signedAmount", "1")).retrieve()
                .toEntity(String.class).getStatusCode().value()).isEqualTo(409);
        JsonNode stats = json.readTree(api("dashboard", "projects:read").get()
                .uri("/api/v1/projects/promotion/statistics/2024").retrieve().body(String.class));
        assertThat(stats.get("trips").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(stats.get("dealsOfOneYiOrMore").asInt()).isGreaterThanOrEqualTo(1);

        register("P-2024-006");
        JsonNode oc4ids = json.readTree(api("dashboard", "projects:read").get().uri("/api/v1/projects/P-2024-006/oc4ids")
                .retrieve().body(String.class));
        assertThat(oc4ids.get("status").asString()).isEqualTo("implementation");
        assertThat(oc4ids.get("sector").get(0).asString()).isEqualTo("cultureSportsAndRecreation");
    }

    @Test
    void disbursementsAreTransactionsUnderACommitmentAndASharedGrantMustBeTheSameEverywhere() {
        register("P-2024-031");
        register("P-2024-032");
        Map<String, Object> grant = Map.of("source", "PROVINCIAL_SPECIAL_FUNDS", "status", "COMMITTED",
                "amount", "2000000", "date", "2024-06-30", "sharedGrantId", "G-IT-SHARED");
        assertThat(putFunding("P-2024-031", "F1", grant).getStatusCode().value()).isEqualTo(200);
        assertThat(putFunding("P-2024-032", "F1", grant).getStatusCode().value()).isEqualTo(200);
        Map<String, Object> otherAmount = new java.util.HashMap<>(grant);
        otherAmount.put("amount", "666667");
        ResponseEntity<String> mismatch = putFunding("P-2024-032", "F2", otherAmount);
        assertThat(mismatch.getStatusCode().value()).as(mismatch.getBody()).isEqualTo(409);

        Map<String, Object> paid = Map.of("amount", "1500000", "date", "2024-08-01");
        ResponseEntity<String> first = writer().put().uri("/api/v1/projects/P-2024-031/funding/F1/disbursements/D1")
                .contentType(MediaType.APPLICATION_JSON).body(paid).retrieve().toEntity(String.class);
        assertThat(first.getStatusCode().value()).as(first.getBody()).isEqualTo(200);
        ResponseEntity<String> tooMuch = writer().put().uri("/api/v1/projects/P-2024-031/funding/F1/disbursements/D2")
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("amount", "500000.01", "date", "2024-09-01"))
                .retrieve().toEntity(String.class);
        assertThat(tooMuch.getStatusCode().value()).as(tooMuch.getBody()).isEqualTo(422);
        // putting the commitment again keeps its disbursements
        assertThat(putFunding("P-2024-031", "F1", grant).getStatusCode().value()).isEqualTo(200);
        JsonNode project = json.readTree(api("dashboard", "projects:read").get().uri("/api/v1/projects/P-2024-031")
                .retrieve().body(String.class));
        JsonNode entry = project.get("funding").get(0);
        assertThat(entry.get("kind").asString()).isEqualTo("FUNDS");
        assertThat(entry.get("disbursements")).hasSize(1);
        assertThat(entry.get("disbursements").get(0).get("amount").decimalValue()).isEqualByComparingTo("1500000");
    }

    @Test
    void aLeadIsApprovedSignedAndSettledInOrder() {
        RestClient promoter = writer();
        assertThat(promoter.put().uri("/api/v1/projects/promotion/leads/LD-IT-STAGES").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("company", "景德镇某先进陶瓷公司", "sector", "工业")).retrieve().toEntity(String.class)
                .getStatusCode().value()).isEqualTo(200);
        ResponseEntity<String> tooEarly = promoter.put().uri("/api/v1/projects/promotion/leads/LD-IT-STAGES/stages/SETTLED")
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("on", "2024-03-01")).retrieve().toEntity(String.class);
        assertThat(tooEarly.getStatusCode().value()).as(tooEarly.getBody()).isEqualTo(409);
        ResponseEntity<String> approved = promoter.put().uri("/api/v1/projects/promotion/leads/LD-IT-STAGES/approval")
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("approvedOn", "2024-03-01", "approvedAmount", "520000000"))
                .retrieve().toEntity(String.class);
        assertThat(approved.getStatusCode().value()).as(approved.getBody()).isEqualTo(200);
        assertThat(approved.getBody()).contains("\"status\":\"APPROVED\"");
        assertThat(promoter.put().uri("/api/v1/projects/promotion/leads/LD-IT-STAGES/deal").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("signedOn", "2024-04-01", "signedAmount", "520000000")).retrieve().toEntity(String.class)
                .getStatusCode().value()).isEqualTo(200);
        ResponseEntity<String> settled = promoter.put().uri("/api/v1/projects/promotion/leads/LD-IT-STAGES/stages/SETTLED")
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("on", "2024-05-01")).retrieve().toEntity(String.class);
        assertThat(settled.getStatusCode().value()).as(settled.getBody()).isEqualTo(200);
        assertThat(settled.getBody()).contains("\"status\":\"SETTLED\"");
        ResponseEntity<String> backwards = promoter.put().uri("/api/v1/projects/promotion/leads/LD-IT-STAGES/approval")
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("approvedOn", "2024-06-01", "approvedAmount", "1"))
                .retrieve().toEntity(String.class);
        assertThat(backwards.getStatusCode().value()).isEqualTo(409);
        assertThat(promoter.put().uri("/api/v1/projects/promotion/leads/LD-IT-STAGES/stages/NONSENSE")
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("on", "2024-05-01")).retrieve().toEntity(String.class)
                .getStatusCode().value()).isEqualTo(400);
    }

    private ResponseEntity<String> putFunding(String code, String entryId, Map<String, Object> body) {
        return writer().put().uri("/api/v1/projects/{code}/funding/{entryId}", code, entryId)
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(String.class);
    }

    @Test
    void theDailyWatchReportsAnOverdueMilestoneAndALaggingProjectOnce() {
        register("P-2024-007");
        assertThat(writer().put().uri("/api/v1/projects/P-2024-007/milestones/M1").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "主体结构完工", "dueOn", "2024-03-31")).retrieve().toEntity(String.class)
                .getStatusCode().value()).isEqualTo(200);
        java.time.LocalDate day = java.time.LocalDate.of(2024, 6, 15);
        watch.run(day);
        watch.run(day);
        List<ConsumerRecord<String, byte[]>> records = TopicProbe.read(BACKENDS.kafkaBootstrapServers(),
                "plan.projects.v1", r -> ofProject(r, "P-2024-007", "milestone-overdue").size() >= 1
                        && ofProject(r, "P-2024-007", "project-lagging").size() >= 1, Duration.ofSeconds(20));
        // nothing invested by mid-June against a 1.2亿元 plan: lagging; the milestone is 2.5 months late
        assertThat(ofProject(records, "P-2024-007", "milestone-overdue")).hasSize(1);
        assertThat(ofProject(records, "P-2024-007", "project-lagging")).hasSize(1);
    }

    @Test
    void aRetriedPostWithTheSameIdempotencyKeyGetsTheFirstAnswerAndRunsOnce() {
        register("P-2024-008");
        RestClient client = writer();
        java.util.function.Function<String, ResponseEntity<String>> suspend = reason -> client.post()
                .uri("/api/v1/projects/P-2024-008/stage-changes").header("Idempotency-Key", "k-suspend-1")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("stage", "SUSPENDED", "effectiveOn", "2024-05-01", "reason", reason))
                .retrieve().toEntity(String.class);
        ResponseEntity<String> first = suspend.apply("funding gap");
        ResponseEntity<String> retry = suspend.apply("funding gap");
        assertThat(first.getStatusCode().value()).isEqualTo(200);
        assertThat(retry.getStatusCode().value()).isEqualTo(200);
        assertThat(retry.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.getBody()).isEqualTo(first.getBody());
        assertThat(suspend.apply("another reason").getStatusCode().value()).isEqualTo(422);
        // without the key the same command is a new one, refused by the lifecycle
        assertThat(stage("P-2024-008", "SUSPENDED", "2024-05-02").getStatusCode().value()).isEqualTo(409);

        List<ConsumerRecord<String, byte[]>> records = TopicProbe.read(BACKENDS.kafkaBootstrapServers(),
                "plan.projects.v1", r -> ofProject(r, "P-2024-008", "stage-changed").size() >= 4, Duration.ofSeconds(4));
        assertThat(ofProject(records, "P-2024-008", "stage-changed")).hasSize(3); // signed, construction, suspended
    }
}
