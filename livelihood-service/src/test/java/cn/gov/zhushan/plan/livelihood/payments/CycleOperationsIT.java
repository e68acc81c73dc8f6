package cn.gov.zhushan.plan.livelihood.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.BeforeEach;
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

/**
 * Drafting, distributing and reconciling as background operations (202 + Location, then polled): every
 * payment exactly once with exact totals, in several batches (the tests' batch size is 7); an operation
 * whose worker died mid-distribution is re-claimed once its lease expired and resumed without paying anyone
 * twice; asking again while it runs, or with the same Idempotency-Key, gives the same operation.
 * Uses DISABILITY_CARE (100.00 yuan a month per person), which no other test class enrolls anyone in.
 */
class CycleOperationsIT extends PlatformIntegrationTest {

    private static final String PROGRAM = "DISABILITY_CARE";
    private static final BigDecimal MONTHLY = new BigDecimal("100.00");
    private static final int BENEFICIARIES = 23;

    @Autowired
    MongoTemplate mongo;
    @Autowired
    JsonMapper json;

    private RestClient civilAffairs() {
        return api("civil-affairs", "livelihood:read", "livelihood:write");
    }

    private RestClient finance() {
        return api("finance-bureau", "livelihood:read", "livelihood:write");
    }

    private OperationPolling operations() {
        return new OperationPolling(json);
    }

    private int post(RestClient client, String path, Object body) {
        return client.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toBodilessEntity()
                .getStatusCode().value();
    }

    /** Enough persons enrolled for several batches; the same store serves every test, so this runs once. */
    @BeforeEach
    void enrolled() {
        long have = mongo.getCollection("enrollments").countDocuments(ours());
        for (long i = have; i < BENEFICIARIES; i++) {
            String person = json.readTree(civilAffairs().post().uri("/api/v1/livelihood/persons")
                    .contentType(MediaType.APPLICATION_JSON).body(Map.of("idNumber", LivelihoodTestData.idNumber("19600101"),
                            "name", "测试残疾人", "community", "昌河社区",
                            "disabilityGrade", 1)).retrieve().body(String.class)).get("id").asString();
            assertThat(post(civilAffairs(), "/api/v1/livelihood/enrollments", Map.of("programCode", PROGRAM, "personId", person,
                    "effectiveFrom", "2022-01-01")))
                    .isEqualTo(201);
        }
    }

    private long enrolledCount() {
        return mongo.getCollection("enrollments").countDocuments(ours().append("state", "ENROLLED"));
    }

    /** This class's enrollments, all dated back to 2022-01-01 (other classes' members of the program start later or earlier). */
    private static Document ours() {
        return new Document("programCode", PROGRAM).append("enrolledAt", java.util.Date.from(Instant.parse("2021-12-31T16:00:00Z")));
    }

    private List<Document> payments(String cycleId) {
        return mongo.getCollection("payments").find(new Document("cycleId", cycleId)).sort(new Document("_id", 1))
                .into(new ArrayList<>());
    }

    private String draftAndApprove(String period) {
        String cycleId = PROGRAM + "-" + period;
        operations().run(civilAffairs(), "/api/v1/livelihood/cycles", Map.of("programCode", PROGRAM, "period", period));
        assertThat(post(finance(), "/api/v1/livelihood/cycles/" + cycleId + "/approve", Map.of())).isEqualTo(200);
        return cycleId;
    }

    @Test
    void aCycleIsDraftedAndDistributedInTheBackgroundPayingEveryPaymentOnceWithExactTotals() {
        String period = "2022-06";
        String cycleId = PROGRAM + "-" + period;
        String drafting = operations().accepted(civilAffairs(), "/api/v1/livelihood/cycles",
                Map.of("programCode", PROGRAM, "period", period), null);
        JsonNode draft = operations().await(civilAffairs(), drafting);
        long enrolled = enrolledCount();
        BigDecimal expected = MONTHLY.multiply(BigDecimal.valueOf(enrolled));
        assertThat(draft.get("state").asString()).isEqualTo("SUCCEEDED");
        assertThat(draft.get("kind").asString()).isEqualTo("DRAFT_CYCLE");
        assertThat(draft.get("done").asLong()).isEqualTo(draft.get("toDo").asLong()).isEqualTo(enrolled);
        assertThat(draft.at("/result/entitled/amount").decimalValue()).isEqualByComparingTo(expected);
        assertThat(draft.get("startedAt").isNull()).isFalse();
        assertThat(draft.get("finishedAt").isNull()).isFalse();
        JsonNode cycle = operations().cycle(civilAffairs(), cycleId);
        assertThat(cycle.get("state").asString()).isEqualTo("DRAFT");
        assertThat(cycle.at("/entitled/persons").asLong()).isEqualTo(enrolled);

        // rules that can be checked up front answer at once and queue nothing
        assertThat(post(finance(), "/api/v1/livelihood/cycles/" + cycleId + "/distribute", Map.of())).isEqualTo(409);
        assertThat(post(civilAffairs(), "/api/v1/livelihood/cycles/" + cycleId + "/approve", Map.of())).isEqualTo(403);
        assertThat(post(finance(), "/api/v1/livelihood/cycles/" + cycleId + "/reconcile", Map.of())).isEqualTo(409);
        assertThat(post(civilAffairs(), "/api/v1/livelihood/cycles", Map.of("programCode", PROGRAM, "period", period)))
                .isEqualTo(409);
        assertThat(mongo.getCollection("operations").countDocuments(new Document("cycleId", cycleId))).isEqualTo(1);
        assertThat(post(finance(), "/api/v1/livelihood/cycles/" + cycleId + "/approve", Map.of())).isEqualTo(200);

        JsonNode distribution = operations().run(finance(), "/api/v1/livelihood/cycles/" + cycleId + "/distribute", Map.of());
        assertThat(distribution.get("kind").asString()).isEqualTo("DISTRIBUTE_CYCLE");
        assertThat(distribution.get("done").asLong()).isEqualTo(distribution.get("toDo").asLong()).isEqualTo(enrolled);
        assertThat(distribution.get("failures").asLong()).isZero();
        assertThat(distribution.at("/result/cycleState").asString()).isEqualTo("DISTRIBUTED");
        assertThat(distribution.at("/result/paid/amount").decimalValue()).isEqualByComparingTo(expected);
        assertThat(distribution.at("/result/paid/persons").asLong()).isEqualTo(enrolled);

        List<Document> payments = payments(cycleId);
        assertThat(payments).hasSize((int) enrolled);
        assertThat(payments).allSatisfy(p -> {
            assertThat(p.getString("status")).isEqualTo("PAID");
            assertThat(p.getInteger("attempts")).as("claimed once").isEqualTo(1);
        });
        assertThat(payments.stream().map(p -> p.getString("beneficiaryKey")).distinct()).hasSize((int) enrolled);
        BigDecimal paid = payments.stream().map(p -> ((Decimal128) p.get("amount")).bigDecimalValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(paid).isEqualByComparingTo(expected);
        JsonNode distributed = operations().cycle(finance(), cycleId);
        assertThat(distributed.get("state").asString()).isEqualTo("DISTRIBUTED");
        assertThat(distributed.at("/paid/amount").decimalValue()).isEqualByComparingTo(expected);

        JsonNode reconciliation = operations().run(finance(), "/api/v1/livelihood/cycles/" + cycleId + "/reconcile", Map.of());
        assertThat(reconciliation.at("/result/cycleState").asString()).isEqualTo("RECONCILED");
        assertThat(reconciliation.get("done").asLong()).as("nothing failed, nothing to retry").isZero();
        assertThat(payments(cycleId)).allSatisfy(p -> assertThat(p.getInteger("attempts")).isEqualTo(1));
    }

    @Test
    void aDistributionWhoseWorkerDiedIsResumedAfterItsLeaseAndPaysEveryPaymentExactlyOnce() {
        String cycleId = draftAndApprove("2022-07");
        List<Document> payments = payments(cycleId);
        long enrolled = enrolledCount();
        assertThat(payments).hasSize((int) enrolled);

        // The crash, as the store shows it: a distribution RUNNING under a dead worker's lease (expiring in 3 s),
        // one payment paid under its claim, one claimed and handed to the bank but its outcome never recorded,
        // the rest not reached.
        String operationId = UUID.randomUUID().toString();
        Instant started = Instant.now().minus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.MILLIS);
        Instant leaseUntil = Instant.now().plusSeconds(3);
        mongo.getCollection("operations").insertOne(new Document("_id", operationId).append("kind", "DISTRIBUTE_CYCLE")
                .append("cycleId", cycleId).append("state", "RUNNING").append("requestedBy", "finance-bureau")
                .append("activeKey", "DISTRIBUTE_CYCLE " + cycleId).append("createdAt", Date.from(started))
                .append("startedAt", Date.from(started)).append("leaseOwner", "worker-that-died")
                .append("leaseUntil", Date.from(leaseUntil)).append("attempts", 1).append("done", 1L)
                .append("toDo", enrolled).append("failures", 0L));
        String paidBefore = payments.get(0).getString("_id");
        String inFlight = payments.get(1).getString("_id");
        Date paidAt = Date.from(started.plusSeconds(1));
        mongo.getCollection("payments").updateOne(new Document("_id", paidBefore), new Document("$set",
                new Document("status", "PAID").append("claim", operationId).append("claimedAt", Date.from(started))
                        .append("paidAt", paidAt).append("attempts", 1)));
        mongo.getCollection("payments").updateOne(new Document("_id", inFlight), new Document("$set",
                new Document("status", "PAYING").append("claim", operationId).append("claimedAt", Date.from(started))
                        .append("attempts", 1)));

        // asked again while it (still) runs: the same operation, nothing new queued
        String location = operations().accepted(finance(), "/api/v1/livelihood/cycles/" + cycleId + "/distribute", Map.of(), null);
        assertThat(location).isEqualTo("/api/v1/livelihood/operations/" + operationId);
        assertThat(mongo.getCollection("operations").countDocuments(new Document("cycleId", cycleId)
                .append("kind", "DISTRIBUTE_CYCLE"))).isEqualTo(1);

        JsonNode resumed = operations().await(finance(), location);
        assertThat(resumed.get("state").asString()).as(resumed.toString()).isEqualTo("SUCCEEDED");
        assertThat(resumed.get("done").asLong()).isEqualTo(enrolled);
        assertThat(resumed.get("toDo").asLong()).isEqualTo(enrolled);
        assertThat(resumed.at("/result/paid/amount").decimalValue())
                .isEqualByComparingTo(MONTHLY.multiply(BigDecimal.valueOf(enrolled)));
        Document operation = mongo.getCollection("operations").find(new Document("_id", operationId)).first();
        assertThat(operation.getInteger("attempts")).as("claimed again after the lease expired").isEqualTo(2);
        assertThat(operation.getString("leaseOwner")).isNull();
        assertThat(operation.containsKey("activeKey")).as("a finished operation frees its natural key").isFalse();

        List<Document> after = payments(cycleId);
        assertThat(after).hasSize((int) enrolled);
        assertThat(after).allSatisfy(p -> {
            assertThat(p.getString("status")).isEqualTo("PAID");
            assertThat(p.getInteger("attempts")).as("claimed once: " + p.toJson()).isEqualTo(1);
            assertThat(p.getString("claim")).isEqualTo(operationId);
        });
        Document first = after.stream().filter(p -> p.getString("_id").equals(paidBefore)).findFirst().orElseThrow();
        assertThat(first.getDate("paidAt")).as("paid before the crash, not touched again").isEqualTo(paidAt);
        JsonNode cycle = operations().cycle(finance(), cycleId);
        assertThat(cycle.get("state").asString()).isEqualTo("DISTRIBUTED");
        assertThat(cycle.at("/paid/persons").asLong()).isEqualTo(enrolled);
        assertThat(cycle.at("/paid/amount").decimalValue()).isEqualByComparingTo(MONTHLY.multiply(BigDecimal.valueOf(enrolled)));
    }

    @Test
    void theSameIdempotencyKeyGivesTheSameOperationAndACommandCanBeAskedForAgainOnceFinished() {
        String cycleId = draftAndApprove("2022-08");
        String path = "/api/v1/livelihood/cycles/" + cycleId + "/distribute";
        String key = UUID.randomUUID().toString();
        String first = operations().accepted(finance(), path, Map.of(), key);
        String again = operations().accepted(finance(), path, Map.of(), key);
        assertThat(again).isEqualTo(first);
        assertThat(operations().await(finance(), first).get("state").asString()).isEqualTo("SUCCEEDED");
        assertThat(operations().accepted(finance(), path, Map.of(), key)).isEqualTo(first);

        // without a key, a finished distribution is asked for again as a new operation that finds nothing to pay
        JsonNode rerun = operations().run(finance(), path, Map.of());
        assertThat(rerun.get("id").asString()).isNotEqualTo(first.substring(first.lastIndexOf('/') + 1));
        assertThat(rerun.get("done").asLong()).isZero();
        assertThat(payments(cycleId)).allSatisfy(p -> assertThat(p.getInteger("attempts")).isEqualTo(1));

        ResponseEntity<String> unknown = finance().get().uri("/api/v1/livelihood/operations/{id}", UUID.randomUUID())
                .retrieve().toEntity(String.class);
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(finance().get().uri("/api/v1/livelihood/operations/not-an-id").retrieve().toBodilessEntity()
                .getStatusCode().value()).isEqualTo(400);
    }
}
