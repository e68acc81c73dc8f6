package cn.gov.zhushan.plan.livelihood.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.gov.zhushan.plan.livelihood.LivelihoodTestData;
import cn.gov.zhushan.plan.platform.test.PlatformIntegrationTest;
import cn.gov.zhushan.plan.platform.test.TopicProbe;

/** Enrollment and payment cycles end to end: four eyes, idempotent and concurrent payments, events without personal data. */
class PaymentCycleIT extends PlatformIntegrationTest {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    JsonMapper json;

    /** Every plaintext personal value this class registered; no event may contain any of them. */
    private static final List<String> PERSONAL = new ArrayList<>();

    private OperationPolling operations() {
        return new OperationPolling(json);
    }

    private RestClient civilAffairs() {
        return api("civil-affairs", "livelihood:read", "livelihood:write");
    }

    private RestClient finance() {
        return api("finance-bureau", "livelihood:read", "livelihood:write");
    }

    private String post(RestClient client, String path, Object body, int expected) {
        ResponseEntity<String> response = client.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body)
                .retrieve().toEntity(String.class);
        assertThat(response.getStatusCode().value()).as(path + " -> " + response.getBody()).isEqualTo(expected);
        return response.getBody();
    }

    private String person(String name, String phone) {
        String idNumber = LivelihoodTestData.idNumber("19700101");
        synchronized (PERSONAL) {
            PERSONAL.addAll(List.of(idNumber, name, phone));
        }
        return json.readTree(post(civilAffairs(), "/api/v1/livelihood/persons", Map.of("idNumber", idNumber, "name", name,
                "phone", phone, "community", "昌河社区"), 201)).get("id").asString();
    }

    /** A household of the given size with its dibao enrollment; returns the enrollment id. */
    private String dibaoHousehold(int members, String income, boolean verified) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            ids.add(person("测试人" + (char) ('甲' + i), "1390798" + String.format("%04d", (int) (Math.random() * 10000))));
        }
        String household = json.readTree(post(civilAffairs(), "/api/v1/livelihood/households", Map.of("residence", "URBAN",
                "community", "昌河社区", "headPersonId", ids.get(0), "memberIds", ids, "monthlyIncomePerCapita", income,
                "payoutAccountVerified", verified), 201)).get("id").asString();
        String enrollment = json.readTree(post(civilAffairs(), "/api/v1/livelihood/enrollments",
                // dated back: the cycles below are for months of 2023
                Map.of("programCode", "DIBAO_URBAN", "householdId", household, "effectiveFrom", "2023-01-01"), 201)).get("id").asString();
        // a household is at most once in dibao
        post(civilAffairs(), "/api/v1/livelihood/enrollments", Map.of("programCode", "DIBAO_URBAN", "householdId", household), 409);
        return enrollment;
    }

    @Test
    void aCycleGoesDraftApprovedDistributedReconciledAndPublishesOnlyAggregates() {
        dibaoHousehold(3, "600.00", true);   // (900 - 600) x 3 = 900.00
        dibaoHousehold(2, "850.50", false);  // (900 - 850.50) x 2 = 99.00, payout account not verified yet
        String period = "2023-01";
        String cycleId = "DIBAO_URBAN-" + period;
        JsonNode drafting = operations().run(civilAffairs(), "/api/v1/livelihood/cycles",
                Map.of("programCode", "DIBAO_URBAN", "period", period));
        assertThat(drafting.get("kind").asString()).isEqualTo("DRAFT_CYCLE");
        assertThat(drafting.get("cycleId").asString()).isEqualTo(cycleId);
        JsonNode draft = operations().cycle(civilAffairs(), cycleId);
        assertThat(draft.get("state").asString()).isEqualTo("DRAFT");
        assertThat(drafting.at("/result/entitled/amount").decimalValue())
                .isEqualByComparingTo(draft.at("/entitled/amount").decimalValue());
        assertThat(draft.get("entitled").get("households").asLong()).isGreaterThanOrEqualTo(2);
        post(civilAffairs(), "/api/v1/livelihood/cycles", Map.of("programCode", "DIBAO_URBAN", "period", period), 409);

        // distributing a draft is refused; approving one's own draft is 403; another client approves
        post(finance(), "/api/v1/livelihood/cycles/" + cycleId + "/distribute", Map.of(), 409);
        String own = post(civilAffairs(), "/api/v1/livelihood/cycles/" + cycleId + "/approve", Map.of(), 403);
        assertThat(own).contains("different client");
        assertThat(mongo.getCollection("payment_cycles").find(new Document("_id", cycleId)).first().getString("state"))
                .isEqualTo("DRAFT");
        post(finance(), "/api/v1/livelihood/cycles/" + cycleId + "/approve", Map.of(), 200);
        post(finance(), "/api/v1/livelihood/cycles/" + cycleId + "/approve", Map.of(), 409);

        JsonNode distribution = operations().run(finance(), "/api/v1/livelihood/cycles/" + cycleId + "/distribute", Map.of());
        JsonNode distributed = operations().cycle(finance(), cycleId);
        assertThat(distributed.get("state").asString()).isEqualTo("DISTRIBUTED");
        assertThat(distribution.get("failures").asLong()).isEqualTo(1);
        assertThat(distribution.get("done").asLong()).isEqualTo(distribution.get("toDo").asLong())
                .isEqualTo(mongo.getCollection("payments").countDocuments(new Document("cycleId", cycleId)));
        assertThat(distribution.at("/result/paid/amount").decimalValue())
                .isEqualByComparingTo(distributed.at("/paid/amount").decimalValue());
        assertThat(distributed.get("failedPayments").asInt()).isEqualTo(1);
        BigDecimal paidFirst = distributed.get("paid").get("amount").decimalValue();
        // re-running pays nobody again
        operations().run(finance(), "/api/v1/livelihood/cycles/" + cycleId + "/distribute", Map.of());
        JsonNode rerun = operations().cycle(finance(), cycleId);
        assertThat(rerun.get("paid").get("amount").decimalValue()).isEqualByComparingTo(paidFirst);

        // the failed payment is listed; once the account is verified reconciliation pays it
        JsonNode failed = json.readTree(finance().get().uri("/api/v1/livelihood/cycles/{id}/payments?status=FAILED", cycleId)
                .retrieve().body(String.class));
        assertThat(failed).hasSize(1);
        assertThat(failed.get(0).get("amount").decimalValue()).isEqualByComparingTo("99.00");
        String household = failed.get(0).get("householdId").asString();
        civilAffairs().put().uri("/api/v1/livelihood/households/{id}", household).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("monthlyIncomePerCapita", "850.50", "payoutAccountVerified", true)).retrieve().toBodilessEntity();
        operations().run(finance(), "/api/v1/livelihood/cycles/" + cycleId + "/reconcile", Map.of());
        JsonNode reconciled = operations().cycle(finance(), cycleId);
        assertThat(reconciled.get("state").asString()).isEqualTo("RECONCILED");
        assertThat(reconciled.get("failedPayments").asInt()).isZero();
        assertThat(reconciled.get("paid").get("amount").decimalValue()).isEqualByComparingTo(paidFirst.add(new BigDecimal("99.00")));
        assertThat(mongo.getCollection("payments").countDocuments(new Document("cycleId", cycleId).append("attempts",
                new Document("$gt", 1)))).isEqualTo(1); // only the failed one was tried twice

        // the event: aggregates, the extension, and the exact data shape indicator-service reads
        List<ConsumerRecord<String, byte[]>> records = TopicProbe.read(BACKENDS.kafkaBootstrapServers(), "plan.livelihood.v1",
                r -> r.stream().filter(x -> cycleId.equals(x.key())).count() >= 2, Duration.ofSeconds(20));
        List<ConsumerRecord<String, byte[]>> ours = records.stream().filter(r -> cycleId.equals(r.key())).toList();
        assertThat(ours).extracting(r -> TopicProbe.header(r, "ce_type")).containsExactly(
                "cn.gov.zhushan.plan.livelihood.cycle-distributed.v1", "cn.gov.zhushan.plan.livelihood.cycle-reconciled.v1");
        JsonNode data = json.readTree(ours.get(0).value());
        assertThat(data.propertyNames()).containsExactlyInAnyOrder("programCode", "period", "households", "persons", "amount", "cycleId");
        assertThat(data.get("period").asString()).isEqualTo(period);
        assertThat(data.get("amount").decimalValue()).isEqualByComparingTo(paidFirst);
        assertThat(TopicProbe.header(ours.get(0), "ce_dataclassification")).isNotBlank();
    }

    @Test
    void concurrentSubmissionsAndDistributionsPayEachMemberExactlyOnce() throws Exception {
        String enrollment = dibaoHousehold(2, "400.00", true); // (900 - 400) x 2 = 1000.00
        String cycleId = "DIBAO_URBAN-2023-02";
        operations().run(civilAffairs(), "/api/v1/livelihood/cycles", Map.of("programCode", "DIBAO_URBAN", "period", "2023-02"));
        post(civilAffairs(), "/api/v1/livelihood/cycles/" + cycleId + "/payments", Map.of("enrollmentId", enrollment), 409);
        post(finance(), "/api/v1/livelihood/cycles/" + cycleId + "/approve", Map.of(), 200);

        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> Integer.toString(finance().post().uri("/api/v1/livelihood/cycles/{id}/payments", cycleId)
                        .contentType(MediaType.APPLICATION_JSON).body(Map.of("enrollmentId", enrollment))
                        .retrieve().toBodilessEntity().getStatusCode().value()));
            }
            for (int i = 0; i < 2; i++) {
                calls.add(() -> operations().accepted(finance(), "/api/v1/livelihood/cycles/" + cycleId + "/distribute",
                        Map.of(), null));
            }
            for (Future<String> result : pool.invokeAll(calls)) {
                String outcome = result.get();
                if (outcome.startsWith("/")) { // a distribution: it pays in the background
                    assertThat(operations().await(finance(), outcome).get("state").asString()).isEqualTo("SUCCEEDED");
                } else {
                    assertThat(outcome).isEqualTo("200");
                }
            }
        } finally {
            pool.shutdown();
        }
        List<Document> payments = mongo.getCollection("payments").find(new Document("enrollmentId", enrollment)
                .append("period", "2023-02")).into(new ArrayList<>());
        assertThat(payments).hasSize(1);
        assertThat(payments.get(0).getString("status")).as(payments.get(0).toJson()).isEqualTo("PAID");
        assertThat(payments.get(0).getInteger("attempts")).isEqualTo(1); // the payout channel was called once

        // the unique index itself refuses a second payment for the same program, beneficiary and month
        Payment existing = mongo.findById(payments.get(0).getString("_id"), Payment.class);
        Payment twin = new Payment("another-id", existing.cycleId(), existing.programCode(), existing.period(),
                existing.beneficiaryKey(), existing.enrollmentId(), existing.householdId(), existing.persons(),
                existing.amount(), Payment.Status.ENTITLED, 0, null, null);
        assertThatThrownBy(() -> mongo.insert(twin)).isInstanceOf(DuplicateKeyException.class);

        // exactly one cycle-distributed event for the cycle
        List<ConsumerRecord<String, byte[]>> records = TopicProbe.read(BACKENDS.kafkaBootstrapServers(), "plan.livelihood.v1",
                r -> r.stream().anyMatch(x -> cycleId.equals(x.key())), Duration.ofSeconds(20));
        assertThat(records.stream().filter(r -> cycleId.equals(r.key()))).hasSize(1);
    }

    @Test
    void aPaymentAbandonedMidTransferIsTransferredAgainAtReconciliationAndNotBefore() {
        String enrollment = dibaoHousehold(1, "700.00", true); // (900 - 700) x 1 = 200.00
        String cycleId = "DIBAO_URBAN-2023-05";
        operations().run(civilAffairs(), "/api/v1/livelihood/cycles", Map.of("programCode", "DIBAO_URBAN", "period", "2023-05"));
        post(finance(), "/api/v1/livelihood/cycles/" + cycleId + "/approve", Map.of(), 200);
        // the crash: claimed for transfer an hour ago, its outcome never recorded
        Document ours = new Document("cycleId", cycleId).append("enrollmentId", enrollment);
        mongo.getCollection("payments").updateOne(ours, new Document("$set", new Document("status", "PAYING")
                .append("claimedAt", Date.from(Instant.now().minus(Duration.ofHours(1))))).append("$inc",
                new Document("attempts", 1)));

        operations().run(finance(), "/api/v1/livelihood/cycles/" + cycleId + "/distribute", Map.of());
        JsonNode distributed = operations().cycle(finance(), cycleId);
        assertThat(mongo.getCollection("payments").find(ours).first().getString("status"))
                .as("distribution leaves a claimed payment alone").isEqualTo("PAYING");

        operations().run(finance(), "/api/v1/livelihood/cycles/" + cycleId + "/reconcile", Map.of());
        JsonNode reconciled = operations().cycle(finance(), cycleId);
        Document payment = mongo.getCollection("payments").find(ours).first();
        assertThat(payment.getString("status")).isEqualTo("PAID");
        assertThat(payment.getInteger("attempts")).isEqualTo(2); // the same payment id went to the channel again
        assertThat(reconciled.get("paid").get("amount").decimalValue())
                .isEqualByComparingTo(distributed.get("paid").get("amount").decimalValue().add(new BigDecimal("200.00")));
    }

    @Test
    void aDraftInterruptedAfterItsPaymentsIsRepairedByCreatingItAgainWithoutASecondPayment() {
        dibaoHousehold(1, "500.00", true); // (900 - 500) x 1 = 400.00
        String cycleId = "DIBAO_URBAN-2023-03";
        operations().run(civilAffairs(), "/api/v1/livelihood/cycles", Map.of("programCode", "DIBAO_URBAN", "period", "2023-03"));
        JsonNode first = operations().cycle(civilAffairs(), cycleId);
        long payments = mongo.getCollection("payments").countDocuments(new Document("cycleId", cycleId));
        assertThat(payments).isPositive();
        // the crash: payments written, the cycle document not
        mongo.getCollection("payment_cycles").deleteOne(new Document("_id", cycleId));
        operations().run(civilAffairs(), "/api/v1/livelihood/cycles", Map.of("programCode", "DIBAO_URBAN", "period", "2023-03"));
        JsonNode again = operations().cycle(civilAffairs(), cycleId);
        assertThat(mongo.getCollection("payments").countDocuments(new Document("cycleId", cycleId))).isEqualTo(payments);
        assertThat(again.get("entitled").get("amount").decimalValue())
                .isEqualByComparingTo(first.get("entitled").get("amount").decimalValue());
    }

    @Test
    void badCycleInputIsRefusedAndNothingIsWritten() {
        String future = YearMonth.now(ZoneId.of("Asia/Shanghai")).plusMonths(1).toString();
        post(civilAffairs(), "/api/v1/livelihood/cycles", Map.of("programCode", "DIBAO_URBAN", "period", future), 422);
        post(civilAffairs(), "/api/v1/livelihood/cycles", Map.of("programCode", "NO_SUCH", "period", "2023-03"), 422);
        post(civilAffairs(), "/api/v1/livelihood/cycles", Map.of("programCode", "DIBAO_URBAN", "period", "2023-13"), 400);
        post(civilAffairs(), "/api/v1/livelihood/enrollments", Map.of("programCode", "NO_SUCH", "personId", "x"), 422);
        assertThat(mongo.getCollection("payment_cycles").countDocuments(new Document("_id", "DIBAO_URBAN-" + future))).isZero();
        assertThat(finance().post().uri("/api/v1/livelihood/cycles/DIBAO_URBAN-2022-01/approve").retrieve()
                .toBodilessEntity().getStatusCode().value()).isEqualTo(404);
        // an income at or above the standard is not eligible for dibao
        String p = person("测试人戊", "13907980001");
        String household = json.readTree(post(civilAffairs(), "/api/v1/livelihood/households", Map.of("residence", "URBAN",
                "community", "昌河社区", "headPersonId", p, "memberIds", List.of(p), "monthlyIncomePerCapita", "1200"), 201))
                .get("id").asString();
        String refused = post(civilAffairs(), "/api/v1/livelihood/enrollments",
                Map.of("programCode", "DIBAO_URBAN", "householdId", household), 422);
        assertThat(refused).contains("income");
    }

    @Test
    void noPublishedEventCarriesPersonalData() {
        aCycleHasBeenPublished();
        List<ConsumerRecord<String, byte[]>> all = TopicProbe.read(BACKENDS.kafkaBootstrapServers(), "plan.livelihood.v1",
                r -> !r.isEmpty(), Duration.ofSeconds(20));
        // read on for a moment so that every event published so far is seen
        all = TopicProbe.read(BACKENDS.kafkaBootstrapServers(), "plan.livelihood.v1", r -> false, Duration.ofSeconds(2));
        assertThat(all).isNotEmpty();
        List<String> personIds = mongo.getCollection("persons").find().map(d -> d.getString("_id")).into(new ArrayList<>());
        for (ConsumerRecord<String, byte[]> record : all) {
            String data = new String(record.value(), StandardCharsets.UTF_8);
            StringBuilder everything = new StringBuilder(data).append(record.key());
            record.headers().forEach(h -> everything.append(new String(h.value(), StandardCharsets.UTF_8)));
            synchronized (PERSONAL) {
                for (String value : PERSONAL) {
                    assertThat(everything.toString()).doesNotContain(value);
                }
            }
            for (String personId : personIds) {
                assertThat(everything.toString()).doesNotContain(personId);
            }
            assertThat(json.readTree(data).propertyNames()).doesNotContain("idNumber", "name", "phone", "address", "personId");
            assertThat(TopicProbe.header(record, "ce_dataclassification")).isNotBlank();
        }
    }

    private void aCycleHasBeenPublished() {
        dibaoHousehold(1, "100.00", true);
        String cycleId = "DIBAO_URBAN-2023-04";
        operations().run(civilAffairs(), "/api/v1/livelihood/cycles", Map.of("programCode", "DIBAO_URBAN", "period", "2023-04"));
        post(finance(), "/api/v1/livelihood/cycles/" + cycleId + "/approve", Map.of(), 200);
        operations().run(finance(), "/api/v1/livelihood/cycles/" + cycleId + "/distribute", Map.of());
        TopicProbe.read(BACKENDS.kafkaBootstrapServers(), "plan.livelihood.v1",
                r -> r.stream().anyMatch(x -> cycleId.equals(x.key())), Duration.ofSeconds(20));
    }
}
