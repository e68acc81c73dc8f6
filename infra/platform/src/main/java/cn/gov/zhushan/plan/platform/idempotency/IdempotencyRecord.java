package cn.gov.zhushan.plan.platform.idempotency;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A POST command seen with an {@code Idempotency-Key}: the request's fingerprint and, once it completed,
 * the answer to replay. The collection's indexes (the TTL on {@code createdAt}) are created at start-up by
 * {@link cn.gov.zhushan.plan.platform.data.PlatformIndexes}.
 *
 * @param id           client + method + path + key
 * @param requestHash  HMAC-SHA256 of the body under the platform's key (never a plain hash)
 * @param state        {@code IN_PROGRESS} or {@code COMPLETED}
 * @param body         the answer, or null when it held personal data ({@code personalData})
 * @param personalData the answer was not stored because it held personal data
 */
@Document("idempotency_keys")
public record IdempotencyRecord(@Id String id, String requestHash, String state, int status, String contentType,
                                String location, String body, Instant createdAt, boolean personalData) {

    @PersistenceCreator
    public IdempotencyRecord {
    }

    static final String IN_PROGRESS = "IN_PROGRESS";
    static final String COMPLETED = "COMPLETED";

    public IdempotencyRecord(String id, String requestHash, String state, int status, String contentType,
                             String location, String body, Instant createdAt) {
        this(id, requestHash, state, status, contentType, location, body, createdAt, false);
    }
}
