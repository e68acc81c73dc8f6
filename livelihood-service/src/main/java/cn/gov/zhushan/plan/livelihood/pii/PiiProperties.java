package cn.gov.zhushan.plan.livelihood.pii;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Keys for personal data, base64-encoded 256-bit keys. In production they come from a Kubernetes Secret
 * (environment {@code LIVELIHOOD_PII_ENCRYPTION_KEY}, {@code LIVELIHOOD_PII_BLIND_INDEX_KEY}); only the
 * {@code local} profile carries development keys. Without keys the service does not start.
 *
 * @param keyId              names the encryption key inside each ciphertext, so keys can be rotated
 * @param encryptionKey      AES-256-GCM key for the fields
 * @param blindIndexKey      HMAC-SHA256 key for the lookup/dedupe hashes (a different key on purpose)
 */
@Validated
@ConfigurationProperties("livelihood.pii")
public record PiiProperties(@NotBlank String keyId, @NotBlank String encryptionKey, @NotBlank String blindIndexKey) {
}
