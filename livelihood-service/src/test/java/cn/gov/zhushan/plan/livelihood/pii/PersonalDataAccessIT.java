package cn.gov.zhushan.plan.livelihood.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.gov.zhushan.plan.livelihood.LivelihoodTestData;
import cn.gov.zhushan.plan.platform.test.PlatformIntegrationTest;

/**
 * Issue #14 over real HTTP and real tokens: what a masked view gives away, the lookup as a membership oracle,
 * free text in enrollment reasons, accountability of unmasked reads, and the service's own scope rules.
 */
@TestPropertySource(properties = "livelihood.pii.lookup-limit.refill-period=1h") // 30 an hour: no refill during the test
class PersonalDataAccessIT extends PlatformIntegrationTest {

    private static final String BASE = "/api/v1/livelihood";

    @Autowired
    MongoTemplate mongo;
    @Autowired
    JsonMapper json;
    @Autowired
    MeterRegistry meters;

    private RestClient civilAffairs() {
        return api("civil-affairs", "livelihood:read", "livelihood:write");
    }

    private static RestClient accountable(RestClient client, String operator) {
        return client.mutate().defaultHeader("X-Operator", operator).defaultHeader("X-Purpose", "dibao review").build();
    }

    private ResponseEntity<String> send(RestClient client, HttpMethod method, String path, Object body) {
        RestClient.RequestBodySpec request = client.method(method).uri(path);
        if (body instanceof String raw) {
            request.contentType(MediaType.APPLICATION_JSON).body(raw);
        } else if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.retrieve().toEntity(String.class);
    }

    private JsonNode call(RestClient client, HttpMethod method, String path, Object body, int expected) {
        ResponseEntity<String> response = send(client, method, path, body);
        assertThat(response.getStatusCode().value()).as(method + " " + path + " -> " + response.getBody()).isEqualTo(expected);
        return response.getBody() == null ? null : json.readTree(response.getBody());
    }

    private String register(String idNumber) {
        return call(civilAffairs(), HttpMethod.POST, BASE + "/persons", Map.of("idNumber", idNumber, "name", "汪春花",
                "phone", "13907985566", "address", "珠山区里村街道", "community", "里村社区"), 201).get("id").asString();
    }

    private long audits(Document filter) {
        return mongo.getCollection("pii_read_audit").countDocuments(filter);
    }

    /** Item 1: the masked view shows the last four characters and an age band, nothing that narrows the birth date. */
    @Test
    void maskedViewShowsTheLastFourCharactersAndAnAgeBandOnly() {
        String idNumber = LivelihoodTestData.idNumber("19620304");
        String id = register(idNumber);
        JsonNode masked = call(api("dashboard", "livelihood:read"), HttpMethod.GET, BASE + "/persons/" + id, null, 200);
        assertThat(masked.get("idNumber").asString()).isEqualTo("**************" + idNumber.substring(14));
        int age = Period.between(LocalDate.of(1962, 3, 4), LocalDate.now(ZoneId.of("Asia/Shanghai"))).getYears();
        assertThat(masked.get("ageBand").asString()).isEqualTo(age / 10 * 10 + "-" + (age / 10 * 10 + 9));
        assertThat(masked.path("birthYear").isNull() || masked.path("birthYear").isMissingNode()).isTrue();
        assertThat(masked.toString()).doesNotContain("19620304").doesNotContain(idNumber.substring(0, 6));
        // the list is masked the same way
        JsonNode list = call(api("dashboard", "livelihood:read"), HttpMethod.GET, BASE + "/persons?community=里村社区&size=200",
                null, 200);
        assertThat(list.toString()).doesNotContain("\"birthYear\":1962").doesNotContain("\"idNumber\":\"3602");
    }

    /** Item 1: the lookup needs livelihood:pii, is audited hit or miss, and is rate limited per client. */
    @Test
    void lookupByIdNumberNeedsPiiIsAuditedAndRateLimited() {
        String idNumber = LivelihoodTestData.idNumber("19810512");
        String id = register(idNumber);
        Map<String, String> body = Map.of("idNumber", idNumber);

        call(accountable(api("dashboard", "livelihood:read"), "staff-1"), HttpMethod.POST, BASE + "/persons/lookup", body, 403);

        String client = "lookup-" + UUID.randomUUID();
        // the JDK client: Apache HttpClient would itself wait out a 429's Retry-After and try again
        RestClient caseworker = accountable(api(client, "livelihood:read", "livelihood:pii"), "staff-0815").mutate()
                .requestFactory(new JdkClientHttpRequestFactory()).build();
        JsonNode found = call(caseworker, HttpMethod.POST, BASE + "/persons/lookup", body, 200);
        assertThat(found.get("id").asString()).isEqualTo(id);
        assertThat(found.toString()).doesNotContain(idNumber);
        call(caseworker, HttpMethod.POST, BASE + "/persons/lookup", Map.of("idNumber", LivelihoodTestData.idNumber()), 404);
        assertThat(audits(new Document("clientId", client).append("recordType", "person-lookup").append("recordId", id)
                .append("operator", "staff-0815").append("purpose", "dibao review"))).isEqualTo(1);
        assertThat(audits(new Document("clientId", client).append("recordType", "person-lookup").append("recordId", null)))
                .isEqualTo(1);

        // 30 lookups per period per client (two used above): the 31st is refused with Retry-After, before the body is read
        for (int i = 0; i < 28; i++) {
            call(caseworker, HttpMethod.POST, BASE + "/persons/lookup", Map.of("idNumber", LivelihoodTestData.idNumber()), 404);
        }
        ResponseEntity<String> limited = send(caseworker, HttpMethod.POST, BASE + "/persons/lookup", body);
        assertThat(limited.getStatusCode().value()).isEqualTo(429);
        assertThat(limited.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(Long.parseLong(limited.getHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isBetween(60L, 120L);
        assertThat(audits(new Document("clientId", client))).isEqualTo(30);
        // another client is not affected
        call(accountable(api("lookup-" + UUID.randomUUID(), "livelihood:read", "livelihood:pii"), "staff-2"),
                HttpMethod.POST, BASE + "/persons/lookup", body, 200);
    }

    /** Item 3: an enrollment's state-change reason is sealed, hidden from readers, and unsealed only audited. */
    @Test
    void enrollmentReasonsAreSealedAndShownOnlyThroughTheAuditedPath() {
        String personId = register(LivelihoodTestData.idNumber("19570101"));
        String enrollmentId = call(civilAffairs(), HttpMethod.POST, BASE + "/enrollments",
                Map.of("programCode", "EXTREME_POVERTY", "personId", personId), 201).get("id").asString();
        String reason = "因精神分裂症住院治疗，家属汪某申请暂停";
        JsonNode changed = call(civilAffairs(), HttpMethod.PUT, BASE + "/enrollments/" + enrollmentId + "/state",
                Map.of("state", "PAUSED", "reason", reason), 200);
        assertThat(changed.toString()).doesNotContain("精神分裂症");
        assertThat(changed.get("history").get(0).get("hasReason").asBoolean()).isTrue();
        String raw = mongo.getCollection("enrollments").find(new Document("_id", enrollmentId)).first().toJson();
        assertThat(raw).doesNotContain("精神分裂症").contains("test1:");
        JsonNode read = call(api("dashboard", "livelihood:read"), HttpMethod.GET, BASE + "/enrollments/" + enrollmentId, null, 200);
        assertThat(read.toString()).doesNotContain("精神分裂症");
        JsonNode listed = call(api("dashboard", "livelihood:read"), HttpMethod.GET,
                BASE + "/enrollments?programCode=EXTREME_POVERTY&size=200", null, 200);
        assertThat(listed.toString()).doesNotContain("精神分裂症");

        call(accountable(api("dashboard", "livelihood:read"), "staff-3"), HttpMethod.GET,
                BASE + "/enrollments/" + enrollmentId + "/pii", null, 403);
        JsonNode unsealed = call(accountable(api("civil-affairs-reviewer", "livelihood:read", "livelihood:pii"), "staff-4"),
                HttpMethod.GET, BASE + "/enrollments/" + enrollmentId + "/pii", null, 200);
        assertThat(unsealed.get("history").get(0).get("reason").asString()).isEqualTo(reason);
        assertThat(audits(new Document("recordId", enrollmentId).append("recordType", "enrollment")
                .append("operator", "staff-4"))).isEqualTo(1);
    }

    /** Item 5: operator and purpose are required and recorded, an auditor reads the log, a counter per client. */
    @Test
    void unmaskedReadsNameOperatorAndPurposeAndAnAuditorReadsTheLog() {
        String id = register(LivelihoodTestData.idNumber("19900909"));
        String path = BASE + "/persons/" + id + "/pii";
        String client = "caseworker-" + UUID.randomUUID();
        RestClient pii = api(client, "livelihood:read", "livelihood:pii");

        ResponseEntity<String> noOperator = pii.get().uri(path).header("X-Purpose", "review").retrieve().toEntity(String.class);
        assertThat(noOperator.getStatusCode().value()).isEqualTo(400);
        assertThat(noOperator.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(noOperator.getBody()).contains("X-Operator").doesNotContain("汪春花");
        ResponseEntity<String> noPurpose = pii.get().uri(path).header("X-Operator", "staff-5").retrieve().toEntity(String.class);
        assertThat(noPurpose.getStatusCode().value()).isEqualTo(400);
        assertThat(audits(new Document("clientId", client))).isZero();

        call(accountable(pii, "staff-5"), HttpMethod.GET, path, null, 200);
        JsonNode byQuery = json.readTree(pii.get().uri(path + "?purpose={p}", "申诉核查").header("X-Operator", "staff-6")
                .retrieve().body(String.class));
        assertThat(byQuery.get("name").asString()).isEqualTo("汪春花");
        assertThat(meters.get(PiiAuditor.READS_METER).tag("client", client).tag("type", "person").counter().count())
                .isEqualTo(2.0);

        // the separate auditor scope reads the log (and nothing else about persons)
        RestClient auditor = api("district-auditor", "livelihood:audit");
        JsonNode log = call(auditor, HttpMethod.GET, BASE + "/audit/personal-data-reads?clientId=" + client, null, 200);
        assertThat(log.get("total").asLong()).isEqualTo(2);
        assertThat(log.get("items").get(0).get("operator").asString()).isEqualTo("staff-6");
        assertThat(log.get("items").get(0).get("purpose").asString()).isEqualTo("申诉核查");
        assertThat(log.get("items").get(1).get("operator").asString()).isEqualTo("staff-5");
        assertThat(call(auditor, HttpMethod.GET, BASE + "/audit/personal-data-reads?operator=staff-5&clientId=" + client,
                null, 200).get("total").asLong()).isEqualTo(1);
        call(auditor, HttpMethod.GET, path, null, 403);
        call(pii, HttpMethod.GET, BASE + "/audit/personal-data-reads", null, 403);
    }

    /** Item 18: the service requires what the gateway requires, and checks the scope before reading a body. */
    @Test
    void serviceRulesAreAsStrictAsTheGatewaysAndComeBeforeTheBody() {
        String idNumber = LivelihoodTestData.idNumber("19730303");
        String id = register(idNumber);
        String grievance = call(civilAffairs(), HttpMethod.POST, BASE + "/grievances", Map.of("personId", id,
                "programCode", "DIBAO_URBAN", "kind", "GRIEVANCE", "category", "OTHER", "description", "邻居纠纷"), 201)
                .get("id").asString();

        RestClient writeAndPii = accountable(api("writer", "livelihood:write", "livelihood:pii"), "staff-7");
        call(writeAndPii, HttpMethod.GET, BASE + "/persons/" + id + "/pii", null, 403);
        call(writeAndPii, HttpMethod.GET, BASE + "/grievances/" + grievance + "/pii", null, 403);
        call(writeAndPii, HttpMethod.GET, BASE + "/audit/pii", null, 403);

        // ?unmasked=true is a personal-data request: pii scope, operator and purpose, and an audited read
        RestClient reader = accountable(api("dashboard", "livelihood:read"), "staff-8");
        call(reader, HttpMethod.GET, BASE + "/persons/" + id + "?unmasked=true", null, 403);
        call(reader, HttpMethod.GET, BASE + "/persons/" + id + "?unmasked=TRUE", null, 403);
        call(reader, HttpMethod.GET, BASE + "/persons?unmasked=true", null, 403);
        RestClient pii = api("case-" + UUID.randomUUID(), "livelihood:read", "livelihood:pii");
        call(pii, HttpMethod.GET, BASE + "/persons/" + id + "?unmasked=true", null, 400);
        JsonNode unmasked = call(accountable(pii, "staff-9"), HttpMethod.GET, BASE + "/persons/" + id + "?unmasked=true", null, 200);
        assertThat(unmasked.get("idNumber").asString()).isEqualTo(idNumber);
        assertThat(audits(new Document("recordId", id).append("operator", "staff-9"))).isEqualTo(1);

        // scope before body: a caller short of a scope gets 403 for a body that would be a 400
        call(reader, HttpMethod.POST, BASE + "/persons/lookup", "{not json", 403);
        call(reader, HttpMethod.POST, BASE + "/persons/lookup", Map.of("idNumber", "123"), 403);
        call(api("tourism", "tourism:read", "tourism:write"), HttpMethod.POST, BASE + "/grievances", "{not json", 403);
        call(reader, HttpMethod.PUT, BASE + "/enrollments/x/state", "{not json", 403);
    }
}
