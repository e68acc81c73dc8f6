package cn.gov.zhushan.plan.livelihood.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.gov.zhushan.plan.livelihood.LivelihoodTestData;
import cn.gov.zhushan.plan.platform.test.PlatformIntegrationTest;

/** The registry over real HTTP: validation, encryption at rest, blind-index dedupe, masking, the PII scope and the audit log. */
class RegistryIT extends PlatformIntegrationTest {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    JsonMapper json;

    private RestClient civilAffairs() {
        return api("civil-affairs", "livelihood:read", "livelihood:write");
    }

    /** Adds the operator and purpose that every personal-data request must state. */
    static RestClient accountable(RestClient client) {
        return client.mutate().defaultHeader("X-Operator", "staff-0427").defaultHeader("X-Purpose", "case review").build();
    }

    private ResponseEntity<String> register(String idNumber, String name, String phone) {
        return civilAffairs().post().uri("/api/v1/livelihood/persons").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("idNumber", idNumber, "name", name, "phone", phone, "address", "珠山区新村街道瓷都大道88号",
                        "community", "新村社区"))
                .retrieve().toEntity(String.class);
    }

    @Test
    void personalDataIsEncryptedAtRestMaskedInResponsesAndAuditedWhenUnmasked() {
        String idNumber = LivelihoodTestData.idNumber("19620304");
        ResponseEntity<String> created = register(idNumber, "程秀英", "13907981234");
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        JsonNode person = json.readTree(created.getBody());
        String id = person.get("id").asString();
        // issue #14: the last four characters only, and an age band instead of the birth year
        assertThat(person.get("idNumber").asString()).isEqualTo("**************" + idNumber.substring(14));
        assertThat(person.get("name").asString()).isEqualTo("程**");
        assertThat(person.get("phone").asString()).isEqualTo("139****1234");
        assertThat(person.get("ageBand").asString()).matches("\\d+0-\\d+9");
        assertThat(person.path("birthYear").isNull() || person.path("birthYear").isMissingNode()).isTrue();
        assertThat(created.getBody()).doesNotContain(idNumber).doesNotContain("程秀英").doesNotContain("13907981234")
                .doesNotContain("瓷都大道");

        // the raw stored document holds no plaintext ID number, name, phone or address
        Document raw = mongo.getCollection("persons").find(new Document("_id", id)).first();
        String stored = raw.toJson();
        assertThat(stored).doesNotContain(idNumber).doesNotContain(idNumber.substring(6, 14))
                .doesNotContain("程秀英").doesNotContain("13907981234").doesNotContain("瓷都大道");
        assertThat(raw.getString("nameEnc")).startsWith("test1:");

        // a reader without the pii scope sees only masked data and cannot unmask
        assertThat(api("dashboard", "livelihood:read").get().uri("/api/v1/livelihood/persons/{id}", id).retrieve()
                .toEntity(String.class).getBody()).contains("程**").doesNotContain(idNumber);
        assertThat(api("dashboard", "livelihood:read").get().uri("/api/v1/livelihood/persons/{id}/pii", id).retrieve()
                .toEntity(String.class).getStatusCode().value()).isEqualTo(403);
        assertThat(api("dashboard", "livelihood:read").get().uri("/api/v1/livelihood/persons/{id}/%70ii", id).retrieve()
                .toEntity(String.class).getStatusCode().value()).isIn(400, 403);

        // the pii scope unmasks, and the read is in the audit log
        // (issue #14: it needs livelihood:read too, and the operator and purpose)
        ResponseEntity<String> full = accountable(api("caseworker-7", "livelihood:read", "livelihood:pii")).get()
                .uri("/api/v1/livelihood/persons/{id}/pii", id).retrieve().toEntity(String.class);
        assertThat(full.getStatusCode().value()).isEqualTo(200);
        assertThat(full.getBody()).contains(idNumber).contains("程秀英").contains("13907981234").contains("1962-03-04");
        ResponseEntity<String> audit = api("auditor", "livelihood:read", "livelihood:pii").get()
                .uri("/api/v1/livelihood/audit/pii?recordId={id}", id).retrieve().toEntity(String.class);
        assertThat(audit.getStatusCode().value()).isEqualTo(200);
        JsonNode entries = json.readTree(audit.getBody());
        assertThat(entries.get("total").asLong()).isEqualTo(1);
        assertThat(entries.get("items").get(0).get("clientId").asString()).isEqualTo("caseworker-7");
        assertThat(entries.get("items").get(0).get("recordType").asString()).isEqualTo("person");
        assertThat(api("dashboard", "livelihood:read").get().uri("/api/v1/livelihood/audit/pii").retrieve()
                .toEntity(String.class).getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void theBlindIndexFindsAndDedupesByIdNumber() {
        String idNumber = LivelihoodTestData.idNumber("19850707");
        ResponseEntity<String> first = register(idNumber, "余建国", "13807980000");
        assertThat(first.getStatusCode().value()).isEqualTo(201);
        String id = json.readTree(first.getBody()).get("id").asString();
        // same person again, even written in lower case: 409, nothing new stored
        ResponseEntity<String> again = register(idNumber.toLowerCase(), "余建国", "13807980000");
        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(mongo.getCollection("persons").countDocuments(new Document("community", "新村社区")
                .append("birthYear", 1985))).isEqualTo(1);

        // (issue #14: the lookup is personal data: livelihood:pii, operator and purpose)
        ResponseEntity<String> found = accountable(api("dashboard", "livelihood:read", "livelihood:pii")).post()
                .uri("/api/v1/livelihood/persons/lookup")
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("idNumber", idNumber)).retrieve().toEntity(String.class);
        assertThat(found.getStatusCode().value()).isEqualTo(200);
        assertThat(json.readTree(found.getBody()).get("id").asString()).isEqualTo(id);
        assertThat(found.getBody()).doesNotContain(idNumber);
        assertThat(accountable(api("dashboard", "livelihood:read", "livelihood:pii")).post()
                .uri("/api/v1/livelihood/persons/lookup")
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("idNumber", LivelihoodTestData.idNumber()))
                .retrieve().toEntity(String.class).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void invalidInputIsRefusedAndNothingIsStored() {
        long before = mongo.getCollection("persons").countDocuments();
        ResponseEntity<String> badCheck = register(LivelihoodTestData.withWrongCheckDigit(LivelihoodTestData.idNumber()),
                "黄丽", "13807981111");
        assertThat(badCheck.getStatusCode().value()).isEqualTo(400);
        assertThat(badCheck.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(badCheck.getBody()).contains("idNumber");
        assertThat(register(LivelihoodTestData.idNumber(), "黄丽", "12345").getStatusCode().value()).isEqualTo(400);
        assertThat(mongo.getCollection("persons").countDocuments()).isEqualTo(before);

        // households: negative or non-numeric income is a 400 naming the field
        ResponseEntity<String> negative = civilAffairs().post().uri("/api/v1/livelihood/households")
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"residence\":\"URBAN\",\"community\":\"c\",\"headPersonId\":\"p1\",\"memberIds\":[\"p1\"],\"monthlyIncomePerCapita\":-5}")
                .retrieve().toEntity(String.class);
        assertThat(negative.getStatusCode().value()).isEqualTo(400);
        assertThat(negative.getBody()).contains("monthlyIncomePerCapita");
        ResponseEntity<String> notANumber = civilAffairs().post().uri("/api/v1/livelihood/households")
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"residence\":\"URBAN\",\"community\":\"c\",\"headPersonId\":\"p1\",\"memberIds\":[\"p1\"],\"monthlyIncomePerCapita\":\"abc\"}")
                .retrieve().toEntity(String.class);
        assertThat(notANumber.getStatusCode().value()).isEqualTo(400);
        assertThat(api("dashboard", "livelihood:read").post().uri("/api/v1/livelihood/persons")
                .contentType(MediaType.APPLICATION_JSON).body("{}").retrieve().toEntity(String.class)
                .getStatusCode().value()).isEqualTo(403);
    }

    private String registered() {
        ResponseEntity<String> created = register(LivelihoodTestData.idNumber("19800808"), "并发测试", "13900001111");
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        return json.readTree(created.getBody()).get("id").asString();
    }

    private int household(java.util.List<String> members) {
        return civilAffairs().post().uri("/api/v1/livelihood/households").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("residence", "URBAN", "community", "新村社区", "headPersonId", members.get(0), "memberIds", members,
                        "monthlyIncomePerCapita", "500.00"))
                .retrieve().toEntity(String.class).getStatusCode().value();
    }

    /** Two registrations sharing a member, at the same moment, many times: one wins whole, the other leaves nothing. */
    @Test
    void aConcurrentConflictLeavesNoOrphanHouseholdOrMembers() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 15; round++) {
                String a = registered();
                String shared = registered();
                String c = registered();
                java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
                var first = pool.submit(() -> { start.await(); return household(java.util.List.of(a, shared)); });
                var second = pool.submit(() -> { start.await(); return household(java.util.List.of(c, shared)); });
                start.countDown();
                assertThat(java.util.List.of(first.get(), second.get())).containsExactlyInAnyOrder(201, 409);
                java.util.List<Document> households = mongo.getCollection("households")
                        .find(new Document("memberIds", new Document("$in", java.util.List.of(a, shared, c)))).into(new java.util.ArrayList<>());
                assertThat(households).as("round " + round).hasSize(1);
                java.util.List<String> winners = households.get(0).getList("memberIds", String.class);
                String loser = winners.contains(a) ? c : a;
                for (String member : winners) {
                    assertThat(mongo.getCollection("persons").find(new Document("_id", member)).first().getString("householdId"))
                            .isEqualTo(households.get(0).getString("_id"));
                }
                assertThat(mongo.getCollection("persons").find(new Document("_id", loser)).first().get("householdId"))
                        .as("the losing registration's other member is free again").isNull();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
