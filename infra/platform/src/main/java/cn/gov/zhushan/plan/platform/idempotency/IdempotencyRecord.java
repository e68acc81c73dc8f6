package cn.gov.zhushan.plan.platform.idempotency;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A POST command seen with an {@code Idempotency-Key}: the request's fingerprint and, once it completed,
 * the answer to replay.
 *
 * @param id        client + method + path + key
 * @param state     {@code IN_PROGRESS} or {@code COMPLETED}
 */
@Document("idempotency_keys")
public record IdempotencyRecord(@Id String id, String requestHash, String state, int status, String contentType,
                                String location, String body, @Indexed(expireAfter = "24h") Instant createdAt) {

    static final String IN_PROGRESS = "IN_PROGRESS";
    static final String COMPLETED = "COMPLETED";
}
