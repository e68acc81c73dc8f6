package cn.gov.zhushan.plan.livelihood.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import cn.gov.zhushan.plan.livelihood.enrollment.Enrollment;
import cn.gov.zhushan.plan.platform.test.PlatformIntegrationTest;

/**
 * The rules between programs through the API: an enrollment that breaks one is refused with 409 Problem Details
 * naming the rule; a membership that breaks one anyway (written around the API) gets no payment when its month is
 * drafted, and the draft counts it under the rule's name. Drafts DISABILITY_CARE for 2018, which no other test drafts.
 */
class ProgramRulesIT extends PlatformIntegrationTest {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    JsonMapper json;

    private RestClient civilAffairs() {
        return api("civil-affairs", "livelihood:read", "livelihood:write");
    }

    private ResponseEntity<String> post(String path, Object body) {
        return civilAffairs().post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(String.class);
    }

    private String person(Integer grade) {
        Map<String, Object> body = new HashMap<>(Map.of("idNumber", LivelihoodTestData.idNumber("19660606"), "name", "规则测试",
                "community", "湖田社区"));
        if (grade != null) {
            body.put("disabilityGrade", grade);
        }
        ResponseEntity<String> response = post("/api/v1/livelihood/persons", body);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
        return json.readTree(response.getBody()).get("id").asString();
    }

    private String household(String residence, String income, List<String> members) {
        ResponseEntity<String> response = post("/api/v1/livelihood/households", Map.of("residence", residence,
                "community", "湖田社区", "headPersonId", members.get(0), "memberIds", members, "monthlyIncomePerCapita", income));
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
        return json.readTree(response.getBody()).get("id").asString();
    }

    private ResponseEntity<String> enroll(String program, String key, String id) {
        return post("/api/v1/livelihood/enrollments", Map.of("programCode", program, key, id));
    }

    private void refused(ResponseEntity<String> response, String rule) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(409);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(json.readTree(response.getBody()).get("rule").asString()).isEqualTo(rule);
    }

    @Test
    void anEnrollmentThatBreaksARuleIsRefusedWithTheRulesName() {
        String grade3 = person(3);
        String grade1 = person(1);
        String dibao = household("URBAN", "600.00", List.of(grade3, grade1));
        assertThat(enroll("DIBAO_URBAN", "householdId", dibao).getStatusCode().value()).isEqualTo(201);

        refused(enroll("DISABILITY_LIVING", "personId", person(1)), "DISABILITY_LIVING_REQUIRES_DIBAO_HOUSEHOLD");
        assertThat(enroll("DISABILITY_LIVING", "personId", grade3).getStatusCode().value()).isEqualTo(201);
        refused(enroll("DISABILITY_CARE", "personId", grade3), "DISABILITY_CARE_REQUIRES_GRADE_1_OR_2");
        refused(enroll("DISABILITY_CARE", "personId", person(null)), "DISABILITY_CARE_REQUIRES_GRADE_1_OR_2");
        assertThat(enroll("DISABILITY_CARE", "personId", grade1).getStatusCode().value()).isEqualTo(201);
        refused(enroll("EXTREME_POVERTY", "personId", grade1), "EXTREME_POVERTY_EXCLUDES_DIBAO");

        String supported = person(null);
        assertThat(enroll("EXTREME_POVERTY", "personId", supported).getStatusCode().value()).isEqualTo(201);
        String rural = household("RURAL", "100.00", List.of(supported, person(null)));
        refused(enroll("DIBAO_RURAL", "householdId", rural), "EXTREME_POVERTY_EXCLUDES_DIBAO");
        assertThat(mongo.getCollection("enrollments").countDocuments(new Document("householdId", rural)
                .append("programCode", "DIBAO_RURAL"))).isZero();
    }

    @Test
    void aPaymentThatBreaksARuleIsRefusedAtTheDraftUnderTheRulesName() {
        String grade3 = person(3);
        String grade2 = person(2);
        // as if imported around the API: a care subsidy for grade 3, dated back to 2018
        Instant from = Instant.parse("2017-12-31T16:00:00Z");
        Enrollment wrong = new Enrollment(UUID.randomUUID().toString(), "DISABILITY_CARE", "DISABILITY_CARE", null, grade3, from, "import");
        Enrollment right = new Enrollment(UUID.randomUUID().toString(), "DISABILITY_CARE", "DISABILITY_CARE", null, grade2, from, "import");
        mongo.insertAll(List.of(wrong, right));
        try {
            draftRefuses(wrong, right);
        } finally { // the store is shared: CycleOperationsIT counts this program's members
            mongo.remove(org.springframework.data.mongodb.core.query.Query.query(
                    org.springframework.data.mongodb.core.query.Criteria.where("_id").in(wrong.id(), right.id())), Enrollment.class);
        }
    }

    private void draftRefuses(Enrollment wrong, Enrollment right) {
        JsonNode draft = new OperationPolling(json).run(civilAffairs(), "/api/v1/livelihood/cycles",
                Map.of("programCode", "DISABILITY_CARE", "period", "2018-06"));
        System.out.println("draft of DISABILITY_CARE-2018-06: " + draft.get("result"));
        assertThat(draft.get("result").get("refusedByRule").get("DISABILITY_CARE_REQUIRES_GRADE_1_OR_2").asLong()).isEqualTo(1);
        List<Document> payments = mongo.getCollection("payments").find(new Document("cycleId", "DISABILITY_CARE-2018-06"))
                .into(new java.util.ArrayList<>());
        assertThat(payments).extracting(p -> p.getString("enrollmentId")).contains(right.id()).doesNotContain(wrong.id());
    }
}
