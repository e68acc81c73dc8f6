package cn.gov.zhushan.plan.livelihood.employment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.ConsumerRecord;
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
import cn.gov.zhushan.plan.livelihood.demo.EmploymentDemoGenerator;
import cn.gov.zhushan.plan.livelihood.demo.EmploymentDemoLoader;
import cn.gov.zhushan.plan.platform.test.PlatformIntegrationTest;
import cn.gov.zhushan.plan.platform.test.TopicProbe;

/**
 * Employment (scopes, postings, capacity, loans, events without personal data, demo data) and grievances,
 * end to end over HTTP against the shared test context.
 */
class EmploymentIT extends PlatformIntegrationTest {

    private static final String BASE = "/api/v1/livelihood/employment";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    MongoTemplate mongo;
    @Autowired
    JsonMapper json;
    @Autowired
    EmploymentDemoLoader demoLoader;

    /** Human resources & social security: writes employment, reads livelihood. */
    private RestClient hrss() {
        return api("hrss-bureau", "livelihood:read", "employment:write");
    }

    /** Civil affairs: livelihood writes, but no employment:write. */
    private RestClient civilAffairs() {
        return api("civil-affairs", "livelihood:read", "livelihood:write");
    }

    private ResponseEntity<String> send(RestClient client, String method, String path, Object body) {
        var spec = client.method(org.springframework.http.HttpMethod.valueOf(method)).uri(path);
        if (body != null) {
            spec = spec.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return spec.retrieve().toEntity(String.class);
    }

    private JsonNode call(RestClient client, String method, String path, Object body, int expected) {
        ResponseEntity<String> response = send(client, method, path, body);
        assertThat(response.getStatusCode().value()).as(method + " " + path + " -> " + response.getBody()).isEqualTo(expected);
        return response.getBody() == null ? null : json.readTree(response.getBody());
    }

    /** Registers a person in the registry; returns the id and remembers the plaintext values. */
    private String person(String name, String phone, List<String> personal) {
        String idNumber = LivelihoodTestData.idNumber("19880808");
        personal.addAll(List.of(idNumber, name, phone));
        return call(civilAffairs(), "POST", "/api/v1/livelihood/persons", Map.of("idNumber", idNumber, "name", name,
                "phone", phone, "community", "昌河社区"), 201).get("id").asString();
    }

    private String station() {
        String id = "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        call(hrss(), "POST", BASE + "/stations", Map.of("id", id, "name", "昌河社区就业之家", "community", "昌河社区",
                "address", "珠山区昌河社区党群服务中心", "openingHours", "Mo-Fr 08:30-17:30"), 201);
        return id;
    }

    private Map<String, Object> posting(String stationId, int positions) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "陶瓷彩绘工");
        body.put("hiringOrganization", "昌南陶瓷有限公司");
        body.put("jobLocation", "景德镇市珠山区昌河社区");
        body.put("stationId", stationId);
        body.put("baseSalary", Map.of("minValue", "3500", "maxValue", "5200.50"));
        body.put("employmentType", "FULL_TIME");
        body.put("datePosted", TODAY.minusDays(10).toString());
        body.put("validThrough", TODAY.plusDays(20).toString());
        body.put("numberOfPositions", positions);
        return body;
    }

    private String seeker(String personId) {
        return call(hrss(), "POST", BASE + "/seekers", Map.of("personId", personId, "skills", List.of("彩绘", "拉坯"),
                "desiredJob", "陶瓷工"), 201).get("id").asString();
    }

    @Test
    void employmentWritesNeedEmploymentWrite() {
        String stationBody = "{\"id\":\"IT-SCOPE\",\"name\":\"x\",\"community\":\"x\",\"address\":\"x\",\"openingHours\":\"x\"}";
        assertThat(send(civilAffairs(), "POST", BASE + "/stations", json.readTree(stationBody)).getStatusCode().value()).isEqualTo(403);
        assertThat(send(anonymous(), "POST", BASE + "/stations", json.readTree(stationBody)).getStatusCode().value()).isEqualTo(401);
        assertThat(send(civilAffairs(), "POST", BASE + "/loans", Map.of("applicantPersonId", "x", "amount", 1000, "bank", "b"))
                .getStatusCode().value()).isEqualTo(403);
        assertThat(send(civilAffairs(), "PUT", BASE + "/loans/x/status", Map.of("status", "APPROVED")).getStatusCode().value())
                .isEqualTo(403);
        assertThat(mongo.getCollection("service_stations").countDocuments(new Document("_id", "IT-SCOPE"))).isZero();
        String station = station();
        // reads need livelihood:read; employment:write alone does not read
        call(civilAffairs(), "GET", BASE + "/stations/" + station, null, 200);
        call(api("hrss-writer-only", "employment:write"), "GET", BASE + "/stations/" + station, null, 403);
        call(hrss(), "POST", BASE + "/stations", Map.of("id", station, "name", "x", "community", "x", "address", "x",
                "openingHours", "x"), 409);
    }

    @Test
    void placementsNeverExceedPositionsAndASeekerIsPlacedOnceEvenConcurrently() throws Exception {
        List<String> personal = new ArrayList<>();
        String station = station();
        JsonNode posting = call(hrss(), "POST", BASE + "/postings", posting(station, 2), 201);
        assertThat(posting.get("baseSalary").get("currency").asString()).isEqualTo("CNY");
        assertThat(posting.get("remainingPositions").asInt()).isEqualTo(2);
        String postingId = posting.get("id").asString();
        List<String> seekers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            seekers.add(seeker(person("求职人" + (char) ('甲' + i), "1380798" + String.format("%04d", i), personal)));
        }
        Map<String, Object> first = Map.of("postingId", postingId, "seekerId", seekers.get(0), "startDate", TODAY.toString());
        call(hrss(), "POST", BASE + "/placements", first, 201);
        call(hrss(), "POST", BASE + "/placements", first, 409); // the same seeker twice
        call(hrss(), "POST", BASE + "/placements", Map.of("postingId", postingId, "seekerId", seekers.get(1),
                "startDate", TODAY.minusDays(11).toString()), 422); // before the posting
        call(hrss(), "POST", BASE + "/placements", Map.of("postingId", postingId, "seekerId", seekers.get(1),
                "startDate", TODAY.toString()), 201);
        String full = send(hrss(), "POST", BASE + "/placements", Map.of("postingId", postingId, "seekerId", seekers.get(2),
                "startDate", TODAY.toString())).getBody();
        assertThat(full).contains("filled");
        assertThat(mongo.getCollection("placements").countDocuments(new Document("postingId", postingId))).isEqualTo(2);
        assertThat(call(hrss(), "GET", BASE + "/postings/" + postingId, null, 200).get("remainingPositions").asInt()).isZero();

        // eight seekers race for three positions; two of them send the same request twice
        String contested = call(hrss(), "POST", BASE + "/postings", posting(station, 3), 201).get("id").asString();
        List<String> racers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            racers.add(seeker(person("竞争者" + (char) ('甲' + i), "1390798" + String.format("%04d", i), personal)));
        }
        racers.add(racers.get(0));
        racers.add(racers.get(1));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Callable<Integer>> calls = racers.stream().<Callable<Integer>>map(s -> () -> send(hrss(), "POST", BASE + "/placements",
                    Map.of("postingId", contested, "seekerId", s, "startDate", TODAY.toString())).getStatusCode().value()).toList();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        // Never more placements than positions, and counter, documents and answers agree. A duplicate request
        // racing its twin may hold a position for a moment before giving it back, so a racer that looked then
        // can be told "filled": at most three succeed, not always all three.
        long placedOk = statuses.stream().filter(s -> s == 201).count();
        assertThat(placedOk).isBetween(1L, 3L);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(8 - (int) placedOk);
        List<Document> placed = mongo.getCollection("placements").find(new Document("postingId", contested)).into(new ArrayList<>());
        assertThat(placed).hasSize((int) placedOk);
        assertThat(placed.stream().map(d -> d.getString("seekerId")).distinct()).hasSize((int) placedOk);
        assertThat(mongo.getCollection("job_postings").find(new Document("_id", contested)).first().getInteger("placements"))
                .isEqualTo((int) placedOk);

        // the placement events: counts only, never the seeker or the person
        List<ConsumerRecord<String, byte[]>> records = TopicProbe.read(BACKENDS.kafkaBootstrapServers(), "plan.livelihood.v1",
                r -> r.stream().filter(x -> contested.equals(x.key())).count() >= 1 + placedOk, Duration.ofSeconds(20));
        List<ConsumerRecord<String, byte[]>> ours = records.stream().filter(r -> contested.equals(r.key())).toList();
        assertThat(ours).extracting(r -> TopicProbe.header(r, "ce_type"))
                .containsOnlyOnce("cn.gov.zhushan.plan.livelihood.job-posted.v1")
                .filteredOn(type -> type.contains("placement-recorded")).hasSize((int) placedOk);
        JsonNode placementEvent = json.readTree(ours.stream().filter(r -> TopicProbe.header(r, "ce_type").contains("placement"))
                .findFirst().orElseThrow().value());
        assertThat(placementEvent.propertyNames()).containsExactlyInAnyOrder("postingId", "stationId", "placements",
                "numberOfPositions", "remainingPositions", "recordedOn");
        List<String> forbidden = new ArrayList<>(personal);
        forbidden.addAll(racers);
        forbidden.addAll(seekers);
        forbidden.addAll(mongo.getCollection("job_seekers").find().map(d -> d.getString("personId")).into(new ArrayList<>()));
        assertNoneContains(ours, forbidden);
    }

    @Test
    void aLoanMovesForwardOnlyAndItsGrantEventCarriesNoApplicant() {
        List<String> personal = new ArrayList<>();
        String applicant = person("创业者甲", "13607980001", personal);
        JsonNode loan = call(hrss(), "POST", BASE + "/loans", Map.of("applicantPersonId", applicant, "amount", "200000.00",
                "bank", "江西银行景德镇分行", "appliedOn", TODAY.minusDays(20).toString()), 201);
        String id = loan.get("id").asString();
        assertThat(loan.get("status").asString()).isEqualTo("APPLIED");
        String path = BASE + "/loans/" + id + "/status";
        call(hrss(), "PUT", path, Map.of("status", "DISBURSED"), 409); // skipping approval
        call(hrss(), "PUT", path, Map.of("status", "APPROVED", "on", TODAY.minusDays(21).toString()), 422); // before applying
        call(hrss(), "PUT", path, Map.of("status", "APPROVED", "on", TODAY.minusDays(10).toString()), 200);
        JsonNode disbursed = call(hrss(), "PUT", path, Map.of("status", "DISBURSED", "on", TODAY.minusDays(5).toString()), 200);
        assertThat(disbursed.get("grantedOn").asString()).isEqualTo(TODAY.minusDays(5).toString());
        call(hrss(), "PUT", path, Map.of("status", "APPROVED"), 409); // no going back
        call(hrss(), "PUT", path, Map.of("status", "DISBURSED"), 409); // nor a second disbursement
        JsonNode repaid = call(hrss(), "PUT", path, Map.of("status", "REPAID"), 200);
        assertThat(repaid.get("history")).hasSize(4);
        call(hrss(), "GET", BASE + "/loans?status=REPAID&grantedYear=" + TODAY.minusDays(5).getYear(), null, 200);

        List<ConsumerRecord<String, byte[]>> records = TopicProbe.read(BACKENDS.kafkaBootstrapServers(), "plan.livelihood.v1",
                r -> r.stream().anyMatch(x -> id.equals(x.key())), Duration.ofSeconds(20));
        records = TopicProbe.read(BACKENDS.kafkaBootstrapServers(), "plan.livelihood.v1", r -> false, Duration.ofSeconds(1));
        List<ConsumerRecord<String, byte[]>> ours = records.stream().filter(r -> id.equals(r.key())).toList();
        assertThat(ours).hasSize(1);
        assertThat(TopicProbe.header(ours.get(0), "ce_type")).isEqualTo("cn.gov.zhushan.plan.livelihood.loan-granted.v1");
        JsonNode data = json.readTree(ours.get(0).value());
        assertThat(data.propertyNames()).containsExactlyInAnyOrder("loanId", "bank", "amount", "grantedOn");
        assertThat(data.get("amount").decimalValue()).isEqualByComparingTo("200000");
        personal.add(applicant);
        assertNoneContains(ours, personal);
    }

    @Test
    void badInputIsRefusedAndNothingIsWritten() {
        String station = station();
        String marker = "坏输入" + UUID.randomUUID().toString().substring(0, 6);
        List<Map<String, Object>> bad400 = new ArrayList<>();
        bad400.add(with(posting(station, 0), "title", marker));                                   // no positions
        bad400.add(with(with(posting(station, 1), "title", marker), "baseSalary", Map.of("minValue", "-1", "maxValue", "100")));
        bad400.add(with(with(posting(station, 1), "title", marker), "baseSalary", Map.of("minValue", "abc", "maxValue", "100")));
        bad400.add(with(with(posting(station, 1), "title", marker), "employmentType", "FOREVER"));
        bad400.add(with(with(posting(station, 1), "title", marker), "validThrough", "2024-02-30"));
        bad400.add(with(posting(station, 1), "title", ""));
        for (Map<String, Object> body : bad400) {
            JsonNode problem = call(hrss(), "POST", BASE + "/postings", body, 400);
            assertThat(problem.toString()).as(body.toString()).containsAnyOf("numberOfPositions", "baseSalary", "employmentType",
                    "validThrough", "title", "minValue");
        }
        List<Map<String, Object>> bad422 = List.of(
                with(with(posting(station, 1), "title", marker), "baseSalary", Map.of("minValue", "6000", "maxValue", "5000")),
                with(with(posting(station, 1), "title", marker), "validThrough", TODAY.minusDays(11).toString()),
                with(with(posting(station, 1), "title", marker), "datePosted", TODAY.plusDays(1).toString()),
                with(with(posting(station, 1), "title", marker), "stationId", "NO-SUCH-STATION"));
        for (Map<String, Object> body : bad422) {
            call(hrss(), "POST", BASE + "/postings", body, 422);
        }
        assertThat(mongo.getCollection("job_postings").countDocuments(new Document("title", marker))).isZero();

        String applicant = person("申请人乙", "13607980002", new ArrayList<>());
        for (Object amount : List.of("-5", "0", "abc", "12345678901")) {
            call(hrss(), "POST", BASE + "/loans", Map.of("applicantPersonId", applicant, "amount", amount, "bank", marker), 400);
        }
        call(hrss(), "POST", BASE + "/loans", Map.of("applicantPersonId", "no-such-person", "amount", "1000", "bank", marker), 422);
        call(hrss(), "POST", BASE + "/loans", Map.of("applicantPersonId", applicant, "amount", "1000", "bank", marker,
                "appliedOn", TODAY.plusDays(2).toString()), 422);
        assertThat(mongo.getCollection("loans").countDocuments(new Document("bank", marker))).isZero();

        call(hrss(), "POST", BASE + "/seekers", Map.of("personId", "no-such-person", "skills", List.of()), 422);
        call(hrss(), "POST", BASE + "/seekers", Map.of("personId", applicant, "skills", List.of("")), 400);
        call(hrss(), "POST", BASE + "/placements", Map.of("postingId", "nope", "seekerId", "nope", "startDate", "2025-01-01"), 422);
        assertThat(mongo.getCollection("job_seekers").countDocuments(new Document("personId", applicant))).isZero();
        call(hrss(), "GET", BASE + "/statistics/1999", null, 400);
        call(hrss(), "GET", BASE + "/postings/does-not-exist", null, 404);
    }

    @Test
    void grievancesAreSealedAuditedAndMoveForward() {
        List<String> personal = new ArrayList<>();
        String personId = person("申诉人丙", "13707980003", personal);
        String description = "本人申诉人丙（电话13707980003）2024年9月低保未到账";
        JsonNode created = call(civilAffairs(), "POST", "/api/v1/livelihood/grievances", Map.of("personId", personId,
                "programCode", "DIBAO_URBAN", "kind", "APPEAL", "category", "PAYMENT_MISSING", "description", description), 201);
        String id = created.get("id").asString();
        assertThat(created.toString()).doesNotContain("未到账").doesNotContain("13707980003");
        assertThat(created.get("status").asString()).isEqualTo("OPEN");
        String raw = mongo.getCollection("grievances").find(new Document("_id", id)).first().toJson();
        assertThat(raw).doesNotContain("未到账").doesNotContain("申诉人丙").doesNotContain("13707980003");

        String path = "/api/v1/livelihood/grievances/" + id;
        call(civilAffairs(), "GET", path + "/pii", null, 403);
        call(civilAffairs(), "PUT", path + "/status", Map.of("status", "RESOLVED", "resolution", "已补发"), 409);
        call(civilAffairs(), "PUT", path + "/status", Map.of("status", "IN_REVIEW"), 200);
        call(civilAffairs(), "PUT", path + "/status", Map.of("status", "RESOLVED"), 422); // no resolution
        JsonNode resolved = call(civilAffairs(), "PUT", path + "/status", Map.of("status", "RESOLVED",
                "resolution", "核实为银行账户冻结，已于10月补发"), 200);
        assertThat(resolved.get("closedAt").isNull()).isFalse();
        assertThat(resolved.get("hasResolution").asBoolean()).isTrue();
        assertThat(resolved.get("history")).hasSize(2);
        call(civilAffairs(), "PUT", path + "/status", Map.of("status", "REJECTED", "resolution", "x"), 409);

        // (issue #14: an unmasked read names its operator and purpose)
        JsonNode unsealed = call(api("civil-affairs-case-worker", "livelihood:read", "livelihood:pii").mutate()
                .defaultHeader("X-Operator", "staff-0001").defaultHeader("X-Purpose", "appeal review").build(),
                "GET", path + "/pii", null, 200);
        assertThat(unsealed.get("description").asString()).isEqualTo(description);
        assertThat(unsealed.get("resolution").asString()).contains("补发");
        assertThat(mongo.getCollection("pii_read_audit").countDocuments(new Document("recordId", id)
                .append("clientId", "civil-affairs-case-worker").append("recordType", "grievance"))).isEqualTo(1);

        JsonNode list = call(civilAffairs(), "GET", "/api/v1/livelihood/grievances?personId=" + personId + "&status=RESOLVED"
                + "&programCode=DIBAO_URBAN&category=PAYMENT_MISSING", null, 200);
        assertThat(list.get("total").asLong()).isEqualTo(1);
        assertThat(call(civilAffairs(), "GET", "/api/v1/livelihood/grievances?personId=" + personId + "&status=OPEN", null, 200)
                .get("total").asLong()).isZero();
        call(civilAffairs(), "GET", "/api/v1/livelihood/grievances?status=CLOSED", null, 400);

        long before = mongo.getCollection("grievances").countDocuments();
        call(civilAffairs(), "POST", "/api/v1/livelihood/grievances", Map.of("personId", personId, "programCode", "NO_SUCH",
                "kind", "GRIEVANCE", "category", "OTHER", "description", "x"), 422);
        call(civilAffairs(), "POST", "/api/v1/livelihood/grievances", Map.of("personId", "no-such-person", "programCode",
                "DIBAO_URBAN", "kind", "GRIEVANCE", "category", "OTHER", "description", "x"), 422);
        call(civilAffairs(), "POST", "/api/v1/livelihood/grievances", Map.of("personId", personId, "programCode",
                "DIBAO_URBAN", "kind", "GRIEVANCE", "category", "OTHER", "description", ""), 400);
        assertThat(mongo.getCollection("grievances").countDocuments()).isEqualTo(before);
    }

    @Test
    void demoDataLoadsOnceResumesAfterAnInterruptionAndTheStatisticsAddUp() {
        var targets = new EmploymentDemoGenerator.Targets(2019, "IT-DEMO", 3, 57, 4, 800_000L);
        var data = new EmploymentDemoGenerator().generate(targets);
        EmploymentDemoLoader.Loaded first = demoLoader.load(data);
        assertThat(first.stations()).isEqualTo(3);
        assertThat(first.postings()).isEqualTo(data.postings().size());
        assertThat(first.loans()).isEqualTo(4);
        assertThat(first.applicants()).isEqualTo(4);
        assertThat(demoLoader.load(data)).isEqualTo(new EmploymentDemoLoader.Loaded(0, 0, 0, 0));

        // an interrupted load: some postings and a loan are missing; the next start puts back exactly those
        mongo.getCollection("job_postings").deleteMany(new Document("_id", new Document("$in",
                List.of(data.postings().get(0).id(), data.postings().get(1).id()))));
        mongo.getCollection("loans").deleteOne(new Document("_id", data.loans().get(3).id()));
        assertThat(demoLoader.load(data)).isEqualTo(new EmploymentDemoLoader.Loaded(0, 2, 0, 1));

        JsonNode stats = call(api("dashboard", "livelihood:read"), "GET", BASE + "/statistics/2019", null, 200);
        assertThat(stats.get("stations").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(stats.get("postings").asLong()).isEqualTo(data.postings().size());
        assertThat(stats.get("positionsOffered").asLong()).isEqualTo(57);
        assertThat(stats.get("loansGranted").asLong()).isEqualTo(4);
        assertThat(stats.get("loanAmountYuan").decimalValue()).isEqualByComparingTo("800000");
        assertThat(stats.get("loanAmountWanYuan").decimalValue()).isEqualByComparingTo("80");
        String applicants = mongo.getCollection("persons").find(new Document("registeredBy", "demo-data")).into(new ArrayList<>()).toString();
        for (var loan : data.loans()) {
            assertThat(applicants).doesNotContain(loan.applicant().idNumber()).doesNotContain(loan.applicant().phone());
        }
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    /** No event (data, key or any header) contains any of the values, and each carries the classification. */
    private static void assertNoneContains(List<ConsumerRecord<String, byte[]>> records, List<String> values) {
        assertThat(records).isNotEmpty();
        for (ConsumerRecord<String, byte[]> record : records) {
            StringBuilder everything = new StringBuilder(new String(record.value(), StandardCharsets.UTF_8)).append(record.key());
            record.headers().forEach(h -> everything.append(new String(h.value(), StandardCharsets.UTF_8)));
            for (String value : Set.copyOf(values)) {
                assertThat(everything.toString()).doesNotContain(value);
            }
            assertThat(TopicProbe.header(record, "ce_dataclassification")).isEqualTo("aggregated-no-personal-data");
        }
    }
}
