package cn.gov.zhushan.plan.livelihood.pii;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.validation.annotation.Validated;

/**
 * Keys for personal data, base64-encoded 256-bit keys. In production they come from a Kubernetes Secret; only
 * the {@code local} profile carries development keys. Without keys the service does not start.
 *
 * <p>A keyring: {@code keys} maps key ids to encryption keys and {@code active-key} names the one new data is
 * sealed with; the others only decrypt until the re-encryption job has moved every record to the active key.
 * The single-key form ({@code key-id} + {@code encryption-key}) still works and joins the ring under its id.
 *
 * @param keyId         id of the single (older-style) key, written inside each ciphertext
 * @param encryptionKey AES-256-GCM key of the single-key form
 * @param keys          the keyring: key id -> AES-256-GCM key
 * @param activeKey     the key id new data is sealed with (defaults to {@code key-id})
 * @param blindIndexKey HMAC-SHA256 key for the lookup/dedupe hashes (a different key on purpose; not rotated here)
 */
@Validated
@ConfigurationProperties("livelihood.pii")
public record PiiProperties(String keyId, String encryptionKey, Map<String, String> keys, String activeKey,
                            @NotBlank String blindIndexKey) {

    @ConstructorBinding
    public PiiProperties {
        keys = keys == null ? Map.of() : Map.copyOf(keys);
    }

    /** The single-key form. */
    public PiiProperties(String keyId, String encryptionKey, String blindIndexKey) {
        this(keyId, encryptionKey, Map.of(), null, blindIndexKey);
    }

    /** Every configured key by id: the ring plus the single key, which must not contradict it. */
    public Map<String, String> keyring() {
        Map<String, String> ring = new LinkedHashMap<>(keys);
        if (hasText(encryptionKey)) {
            if (!hasText(keyId)) {
                throw new IllegalStateException("livelihood.pii.key-id is required with livelihood.pii.encryption-key");
            }
            String other = ring.putIfAbsent(keyId, encryptionKey);
            if (other != null && !other.strip().equals(encryptionKey.strip())) {
                throw new IllegalStateException("livelihood.pii.keys." + keyId + " differs from livelihood.pii.encryption-key");
            }
        }
        if (ring.isEmpty()) {
            throw new IllegalStateException("No personal-data key: set livelihood.pii.keys (with active-key) or encryption-key");
        }
        return ring;
    }

    /** The id of the key new data is sealed with. */
    public String activeKeyId() {
        String active = hasText(activeKey) ? activeKey : keyId;
        if (!hasText(active)) {
            throw new IllegalStateException("livelihood.pii.active-key is required with livelihood.pii.keys");
        }
        return active;
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
