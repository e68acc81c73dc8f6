package cn.gov.zhushan.plan.livelihood.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.gov.zhushan.plan.livelihood.LivelihoodTestData;
import cn.gov.zhushan.plan.platform.test.PlatformIntegrationTest;

/**
 * A cycle drafted for a past month pays whoever was enrolled in that month, at the standard in effect then; a
 * standard is set through the API with {@code livelihood:admin} and its change is kept. Uses EXTREME_POVERTY in 2019,
 * which no other test drafts.
 */
class PastMonthCycleIT extends PlatformIntegrationTest {

    private static final String PROGRAM = "EXTREME_POVERTY";

    @Autowired
    MongoTemplate mongo;
    @Autowired
    JsonMapper json;

    private RestClient civilAffairs() {
        return api("civil-affairs", "livelihood:read", "livelihood:write");
    }

    private RestClient admin() {
        return api("civil-affairs-admin", "livelihood:read", "livelihood:write", "livelihood:admin");
    }

    private ResponseEntity<String> call(RestClient client, HttpMethod method, String path, Object body) {
        RestClient.RequestBodySpec request = client.method(method).uri(path).contentType(MediaType.APPLICATION_JSON);
        if (body != null) {
            request.body(body);
        }
        return request.retrieve().toEntity(String.class);
    }

    private String enrolled(String effectiveFrom) {
        String person = json.readTree(call(civilAffairs(), HttpMethod.POST, "/api/v1/livelihood/persons",
                Map.of("idNumber", LivelihoodTestData.idNumber("19450101"), "name", "测试特困", "community", "昌河社区"))
                .getBody()).get("id").asString();
        Map<String, Object> request = new HashMap<>(Map.of("programCode", PROGRAM, "personId", person));
        if (effectiveFrom != null) {
            request.put("effectiveFrom", effectiveFrom);
        }
        ResponseEntity<String> response = call(civilAffairs(), HttpMethod.POST, "/api/v1/livelihood/enrollments", request);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
        return json.readTree(response.getBody()).get("id").asString();
    }

    private Map<String, String> amountsByEnrollment(String cycleId) {
        Map<String, String> amounts = new HashMap<>();
        for (Document p : mongo.getCollection("payments").find(new Document("cycleId", cycleId)).into(new ArrayList<>())) {
            Object amount = p.get("amount");
            amounts.put(p.getString("enrollmentId"), (amount instanceof Decimal128 d ? d.bigDecimalValue() : amount).toString());
        }
        return amounts;
    }

    @Test
    void aPastMonthPaysWhoWasEnrolledThenAtTheStandardThenInEffect() {
        String march = enrolled("2019-03-10");
        String now = enrolled(null);
        String may = enrolled("2019-05-01");
        String someone = json.readTree(call(civilAffairs(), HttpMethod.POST, "/api/v1/livelihood/persons",
                Map.of("idNumber", LivelihoodTestData.idNumber("19450102"), "name", "测试未来", "community", "昌河社区"))
                .getBody()).get("id").asString();
        ResponseEntity<String> future = call(civilAffairs(), HttpMethod.POST, "/api/v1/livelihood/enrollments",
                Map.of("programCode", PROGRAM, "personId", someone, "effectiveFrom",
                        java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(2).toString()));
        assertThat(future.getStatusCode().value()).as("an enrollment cannot take effect in the future: " + future.getBody())
                .isEqualTo(422);

        String path = "/api/v1/livelihood/programs/" + PROGRAM + "/standards/2019-04";
        Map<String, Object> raise = Map.of("monthlyAmount", "1600.00", "reason", "2019年4月起调整特困供养标准");
        assertThat(call(civilAffairs(), HttpMethod.PUT, path, raise).getStatusCode().value())
                .as("a writing client without livelihood:admin").isEqualTo(403);
        assertThat(call(admin(), HttpMethod.PUT, path, Map.of("monthlyAmount", "-1", "reason", "x")).getStatusCode().value())
                .isEqualTo(400);
        ResponseEntity<String> set = call(admin(), HttpMethod.PUT, path, raise);
        assertThat(set.getStatusCode().value()).as(set.getBody()).isEqualTo(200);
        JsonNode standards = json.readTree(call(admin(), HttpMethod.GET, "/api/v1/livelihood/programs/" + PROGRAM + "/standards",
                null).getBody());
        JsonNode april = standards.get(0);
        assertThat(april.get("effectiveFrom").asString()).isEqualTo("2019-04");
        assertThat(april.get("history").get(0).get("by").asString()).isEqualTo("civil-affairs-admin");
        assertThat(april.get("history").get(0).get("after").decimalValue()).isEqualByComparingTo("1600.00");
        // back to the program's own amount from May, so the change stays in 2019
        assertThat(call(admin(), HttpMethod.PUT, "/api/v1/livelihood/programs/" + PROGRAM + "/standards/2019-05",
                Map.of("monthlyAmount", "1592.55", "reason", "恢复")).getStatusCode().value()).isEqualTo(200);

        OperationPolling operations = new OperationPolling(json);
        operations.run(civilAffairs(), "/api/v1/livelihood/cycles", Map.of("programCode", PROGRAM, "period", "2019-03"));
        operations.run(civilAffairs(), "/api/v1/livelihood/cycles", Map.of("programCode", PROGRAM, "period", "2019-04"));
        Map<String, String> inMarch = amountsByEnrollment(PROGRAM + "-2019-03");
        Map<String, String> inApril = amountsByEnrollment(PROGRAM + "-2019-04");
        System.out.printf("2019-03 paid %s; 2019-04 paid %s%n", inMarch, inApril);
        assertThat(inMarch).as("joined on 10 March: March is paid, at the program's amount").containsEntry(march, "1592.55")
                .doesNotContainKeys(now, may);
        assertThat(inApril).as("April: the April standard; not who joined in May or today").containsEntry(march, "1600.00")
                .doesNotContainKeys(now, may);
        assertThat(List.of(inMarch.size(), inApril.size())).containsOnly(1);
    }
}
