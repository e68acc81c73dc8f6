package cn.gov.zhushan.plan.platform.test.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

import cn.gov.zhushan.plan.platform.idempotency.IdempotencyProperties;
import cn.gov.zhushan.plan.platform.test.PlatformIntegrationTest;

/**
 * The Idempotency-Key store keeps a keyed HMAC of the body, never a plain hash, keeps no answer of a
 * personal-data endpoint, and lets a retry take over a record a crash left IN_PROGRESS.
 */
@TestPropertySource(properties = {
        "platform.idempotency.hmac-key=probe-secret-key",
        "platform.idempotency.personal-data-paths=/api/v1/livelihood/persons/lookup,/api/v1/probe/persons/**"})
class IdempotencyStoreTest extends PlatformIntegrationTest {

    private static final String BODY = "{\"idNumber\":\"360203199001011234\"}";

    @Autowired
    MongoTemplate mongo;

    private ResponseEntity<Map> post(String path, String key, String body) {
        return api("probe-client", "probe:write").post().uri(path).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(Map.class);
    }

    private Document stored(String path, String key) {
        return mongo.getCollection("idempotency_keys").find(new Document("_id", "probe-client POST " + path + " " + key)).first();
    }

    @Test
    void theStoredFingerprintIsTheKeyedHmacNotThePlainSha256() throws Exception {
        String key = UUID.randomUUID().toString();
        ResponseEntity<Map> first = post("/api/v1/probe/commands", key, BODY);
        ResponseEntity<Map> retry = post("/api/v1/probe/commands", key, BODY);
        assertThat(first.getStatusCode().value()).isEqualTo(200);
        assertThat(retry.getBody()).isEqualTo(first.getBody());
        assertThat(retry.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");

        String record = stored("/api/v1/probe/commands", key).toJson();
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(BODY.getBytes(StandardCharsets.UTF_8)));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("probe-secret-key".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String hmac = HexFormat.of().formatHex(mac.doFinal(BODY.getBytes(StandardCharsets.UTF_8)));
        assertThat(record).doesNotContain(sha256).contains(hmac);
    }

    @Test
    void aPersonalDataAnswerIsNeverStoredAndItsReplayIsRefused() {
        String key = UUID.randomUUID().toString();
        ResponseEntity<Map> first = post("/api/v1/probe/persons/lookup", key, BODY);
        assertThat(first.getStatusCode().value()).isEqualTo(200);
        assertThat(first.getBody()).containsEntry("idNumber", "360203199001011234");

        Document record = stored("/api/v1/probe/persons/lookup", key);
        assertThat(record.getInteger("status")).isEqualTo(200);
        assertThat(record.getBoolean("personalData")).isTrue();
        assertThat(record.toJson()).doesNotContain("360203199001011234").doesNotContain("张三");

        ResponseEntity<Map> retry = post("/api/v1/probe/persons/lookup", key, BODY);
        assertThat(retry.getStatusCode().value()).isEqualTo(409);
        assertThat((String) retry.getBody().get("detail")).contains("Replay not available for personal-data responses");
    }

    @Test
    void livelihoodsLookupIsAPersonalDataPathByDefault() {
        assertThat(IdempotencyProperties.defaults().personalDataPaths()).contains("/api/v1/livelihood/persons/lookup");
    }

    @Test
    void aRecordLeftInProgressByACrashExpiresAfterItsLease() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("probe-secret-key".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String hmac = HexFormat.of().formatHex(mac.doFinal(BODY.getBytes(StandardCharsets.UTF_8)));
        String abandoned = UUID.randomUUID().toString();
        String running = UUID.randomUUID().toString();
        for (String[] left : new String[][] {{abandoned, "PT3M"}, {running, "PT10S"}}) {
            mongo.getCollection("idempotency_keys").insertOne(new Document("_id",
                    "probe-client POST /api/v1/probe/commands " + left[0]).append("requestHash", hmac)
                    .append("state", "IN_PROGRESS").append("status", 0)
                    .append("createdAt", java.util.Date.from(Instant.now().minus(Duration.parse(left[1]))))
                    .append("personalData", false));
        }
        assertThat(post("/api/v1/probe/commands", running, BODY).getStatusCode().value()).isEqualTo(409);
        ResponseEntity<Map> takenOver = post("/api/v1/probe/commands", abandoned, BODY);
        assertThat(takenOver.getStatusCode().value()).isEqualTo(200);
        assertThat(stored("/api/v1/probe/commands", abandoned).getString("state")).isEqualTo("COMPLETED");
    }
}
