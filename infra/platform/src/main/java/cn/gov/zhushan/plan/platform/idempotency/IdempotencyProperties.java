package cn.gov.zhushan.plan.platform.idempotency;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Idempotency-Key store's settings.
 *
 * @param hmacKey           key of the HMAC-SHA256 that fingerprints a request body (a Secret in the
 *                          cluster); an unkeyed hash of a short body, such as an ID number, is reversed
 *                          by guessing
 * @param personalDataPaths Ant-style path patterns of POST endpoints whose answers carry personal data:
 *                          their answers are never stored, only the status (a retry is told so, 409)
 * @param retention         how long a stored answer is kept (a TTL index removes it after)
 * @param inProgressLease   how long a request counts as still running; a record left IN_PROGRESS by a
 *                          crash is taken over by the next retry after it
 */
@ConfigurationProperties("platform.idempotency")
public record IdempotencyProperties(String hmacKey, List<String> personalDataPaths, Duration retention,
                                    Duration inProgressLease) {

    /** Only for local runs and tests; a warning is logged when it is used in any other profile. */
    public static final String DEV_HMAC_KEY = "zhushan-dev-only-idempotency-hmac-key";

    public static final List<String> DEFAULT_PERSONAL_DATA_PATHS = List.of(
            "/api/v1/livelihood/persons/lookup", "/api/v1/livelihood/**/pii", "/api/v1/livelihood/**/pii/**");

    public IdempotencyProperties {
        hmacKey = hmacKey == null || hmacKey.isBlank() ? DEV_HMAC_KEY : hmacKey;
        personalDataPaths = personalDataPaths == null ? DEFAULT_PERSONAL_DATA_PATHS : List.copyOf(personalDataPaths);
        retention = retention == null ? Duration.ofHours(24) : retention;
        inProgressLease = inProgressLease == null ? Duration.ofMinutes(2) : inProgressLease;
    }

    public static IdempotencyProperties defaults() {
        return new IdempotencyProperties(null, null, null, null);
    }

    public boolean usesDevKey() {
        return DEV_HMAC_KEY.equals(hmacKey);
    }
}
