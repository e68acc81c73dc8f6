package cn.gov.zhushan.plan.livelihood.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.gov.zhushan.plan.livelihood.LivelihoodTestData;
import cn.gov.zhushan.plan.platform.test.PlatformIntegrationTest;

/**
 * Item 4 of issue #14: the keyring. Records sealed with the old key ({@code test1}, the single key of the test
 * configuration) stay readable after {@code k2} becomes active; the re-encryption job moves every record (in
 * batches of two) to {@code k2}, and legacy plaintext enrollment reasons get sealed on the way. Its own database,
 * so no other test class meets a record it cannot decrypt.
 */
@TestPropertySource(properties = {
        "livelihood.pii.keys.k2=znyDovhP+9JnqlxLU4afBo+6IxDe4pXkSGL6+CXFSSY=",
        "livelihood.pii.active-key=k2",
        "livelihood.pii.reencryption.batch-size=2",
        "spring.mongodb.database=key_rotation"})
class KeyRotationIT extends PlatformIntegrationTest {

    private static final String BASE = "/api/v1/livelihood";
    /** The key the test configuration had before the rotation (src/test/resources/config/application.yml). */
    private static final PiiCipher OLD = new PiiCipher(new PiiProperties("test1",
            "3hO4DyGx/QXaUg0aeH4FBtip79l18h7dG0uslVyP4WI=", "DeRLgVO40njHGjh+fe8xcQk5TszBiLLK+KobXXiEGTE="));

    @Autowired
    MongoTemplate mongo;
    @Autowired
    JsonMapper json;
    @Autowired
    PiiCipher ring;
    @Autowired
    MeterRegistry meters;

    private RestClient civilAffairs() {
        return api("civil-affairs", "livelihood:read", "livelihood:write");
    }

    private RestClient pii(String scope) {
        return api("key-admin", "livelihood:" + scope, "livelihood:pii").mutate()
                .defaultHeader("X-Operator", "ops-01").defaultHeader("X-Purpose", "key rotation").build();
    }

    private JsonNode call(RestClient client, HttpMethod method, String path, Object body, int expected) {
        RestClient.RequestBodySpec request = client.method(method).uri(path);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        ResponseEntity<String> response = request.retrieve().toEntity(String.class);
        assertThat(response.getStatusCode().value()).as(method + " " + path + " -> " + response.getBody()).isEqualTo(expected);
        return json.readTree(response.getBody());
    }

    /** Rewrites a record's sealed fields as the old key had sealed them: data written before the rotation. */
    private void sealWithOldKey(String collection, String id, Map<String, String> contextFieldByStoredField) {
        Document raw = mongo.getCollection(collection).find(new Document("_id", id)).first();
        Document set = new Document();
        contextFieldByStoredField.forEach((field, contextField) -> {
            String context = collection + "/" + id + "/" + contextField;
            set.append(field, OLD.encrypt(ring.decrypt(raw.getString(field), context), context));
        });
        mongo.getCollection(collection).updateOne(new Document("_id", id), new Document("$set", set));
    }

    private long valuesUnder(String keyId) {
        long n = 0;
        for (String collection : List.of("persons", "grievances", "enrollments")) {
            for (Document d : mongo.getCollection(collection).find()) {
                n += countPrefixed(d, keyId + ":");
            }
        }
        return n;
    }

    private static long countPrefixed(Object value, String prefix) {
        if (value instanceof String s) {
            return s.startsWith(prefix) ? 1 : 0;
        }
        if (value instanceof Document d) {
            return d.values().stream().mapToLong(v -> countPrefixed(v, prefix)).sum();
        }
        if (value instanceof List<?> list) {
            return list.stream().mapToLong(v -> countPrefixed(v, prefix)).sum();
        }
        return 0;
    }

    @Test
    void afterARotationEverythingStaysReadableAndTheJobMovesEveryRecordToTheActiveKey() throws Exception {
        assertThat(ring.activeKeyId()).isEqualTo("k2");
        assertThat(mongo.getDb().getName()).isEqualTo("key_rotation"); // other test classes never see these records
        List<String> persons = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String id = call(civilAffairs(), HttpMethod.POST, BASE + "/persons", Map.of("idNumber",
                    LivelihoodTestData.idNumber("19660606"), "name", "轮换" + i, "phone", "1390798000" + i,
                    "address", "新厂西路" + i + "号", "community", "新厂社区"), 201).get("id").asString();
            persons.add(id);
            sealWithOldKey("persons", id, Map.of("idNumberEnc", "idNumber", "nameEnc", "name", "phoneEnc", "phone",
                    "addressEnc", "address"));
        }
        String grievance = call(civilAffairs(), HttpMethod.POST, BASE + "/grievances", Map.of("personId", persons.get(0),
                "programCode", "DIBAO_URBAN", "kind", "APPEAL", "category", "OTHER", "description", "旧钥匙写的申诉"), 201)
                .get("id").asString();
        sealWithOldKey("grievances", grievance, Map.of("descriptionEnc", "description"));
        String enrollment = call(civilAffairs(), HttpMethod.POST, BASE + "/enrollments",
                Map.of("programCode", "EXTREME_POVERTY", "personId", persons.get(1)), 201).get("id").asString();
        call(civilAffairs(), HttpMethod.PUT, BASE + "/enrollments/" + enrollment + "/state",
                Map.of("state", "PAUSED", "reason", "旧钥匙写的理由"), 200);
        String reasonContext = "enrollments/" + enrollment + "/history/0/reason";
        List<Object> history = new ArrayList<>(mongo.getCollection("enrollments").find(new Document("_id", enrollment))
                .first().getList("history", Object.class));
        Document history0 = (Document) history.get(0);
        history0.put("reasonEnc", OLD.encrypt(ring.decrypt(history0.getString("reasonEnc"), reasonContext), reasonContext));
        // and a reason stored in clear, as before reasons were sealed
        history.add(new Document("from", "PAUSED").append("to", "ENROLLED").append("reason", "明文理由").append("by", "legacy"));
        mongo.getCollection("enrollments").updateOne(new Document("_id", enrollment),
                new Document("$set", new Document("history", history)));
        assertThat(valuesUnder("test1")).isEqualTo(5 * 4 + 1 + 1);

        // everything is readable with the old key decrypt-only
        assertThat(call(pii("read"), HttpMethod.GET, BASE + "/persons/" + persons.get(2) + "/pii", null, 200)
                .get("name").asString()).isEqualTo("轮换2");
        assertThat(call(civilAffairs(), HttpMethod.GET, BASE + "/persons/" + persons.get(3), null, 200)
                .get("name").asString()).isEqualTo("轮**");
        JsonNode before = call(pii("read"), HttpMethod.GET, BASE + "/pii/reencryption", null, 200);
        assertThat(before.get("remainingTotal").asLong()).isEqualTo(5 + 1 + 1);
        assertThat(before.get("activeKey").asString()).isEqualTo("k2");

        // scope rules: starting it is a write on personal data
        call(api("reader", "livelihood:read", "livelihood:pii"), HttpMethod.POST, BASE + "/pii/reencryption", null, 403);
        JsonNode started = call(pii("write"), HttpMethod.POST, BASE + "/pii/reencryption", null, 202);
        assertThat(started.get("state").asString()).isIn("RUNNING", "COMPLETED");
        JsonNode status = started;
        for (int i = 0; i < 300 && !status.get("state").asString().equals("COMPLETED"); i++) {
            assertThat(status.get("state").asString()).isNotEqualTo("FAILED");
            Thread.sleep(100);
            status = call(pii("read"), HttpMethod.GET, BASE + "/pii/reencryption", null, 200);
        }
        assertThat(status.get("state").asString()).as(status.toString()).isEqualTo("COMPLETED");
        assertThat(status.get("remainingTotal").asLong()).isZero();
        assertThat(status.get("moved").asLong()).isEqualTo(7);
        assertThat(status.get("operator").asString()).isEqualTo("ops-01");
        assertThat(meters.get("livelihood.pii.reencrypted").counter().count()).isEqualTo(7.0);

        // no record is under the old key, none holds a reason in clear, and all still read the same
        assertThat(valuesUnder("test1")).isZero();
        assertThat(mongo.getCollection("enrollments").find(new Document("_id", enrollment)).first().toJson())
                .doesNotContain("明文理由");
        for (int i = 0; i < 5; i++) {
            JsonNode person = call(pii("read"), HttpMethod.GET, BASE + "/persons/" + persons.get(i) + "/pii", null, 200);
            assertThat(person.get("name").asString()).isEqualTo("轮换" + i);
            assertThat(person.get("address").asString()).isEqualTo("新厂西路" + i + "号");
        }
        assertThat(call(pii("read"), HttpMethod.GET, BASE + "/grievances/" + grievance + "/pii", null, 200)
                .get("description").asString()).isEqualTo("旧钥匙写的申诉");
        JsonNode reasons = call(pii("read"), HttpMethod.GET, BASE + "/enrollments/" + enrollment + "/pii", null, 200).get("history");
        assertThat(reasons.get(0).get("reason").asString()).isEqualTo("旧钥匙写的理由");
        assertThat(reasons.get(1).get("reason").asString()).isEqualTo("明文理由");
        // a second run finds nothing to do
        call(pii("write"), HttpMethod.POST, BASE + "/pii/reencryption", null, 202);
        assertThat(valuesUnder("k2")).isEqualTo(5 * 4 + 1 + 2);
    }
}
