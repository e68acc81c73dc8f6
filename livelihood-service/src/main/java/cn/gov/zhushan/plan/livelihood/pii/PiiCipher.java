package cn.gov.zhushan.plan.livelihood.pii;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Field encryption with the JDK's AES-256-GCM and blind indexes with HMAC-SHA256. A ciphertext is
 * {@code keyId:base64(iv || ciphertext+tag)}; the field's context (collection, record id, field name) is
 * the associated data, so a ciphertext copied into another record or field fails to decrypt. New data is
 * sealed with the active key; any key of the ring decrypts what it sealed.
 */
public class PiiCipher {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final String keyId;
    private final SecretKey encryptionKey;
    private final Map<String, SecretKey> keyring;
    private final SecretKey blindIndexKey;
    private final SecureRandom random = new SecureRandom();

    public PiiCipher(PiiProperties properties) {
        byte[] idx = decodeKey(properties.blindIndexKey(), "blind-index-key");
        Map<String, SecretKey> ring = new LinkedHashMap<>();
        properties.keyring().forEach((id, base64) -> {
            if (!id.matches("[A-Za-z0-9_.-]{1,32}")) { // it prefixes every ciphertext and is matched in queries
                throw new IllegalStateException("livelihood.pii key id '" + id + "' must be 1-32 of A-Z a-z 0-9 _ . -");
            }
            byte[] enc = decodeKey(base64, "keys." + id);
            if (MessageDigest.isEqual(enc, idx)) {
                throw new IllegalStateException("livelihood.pii encryption keys and blind-index-key must differ");
            }
            ring.put(id, new SecretKeySpec(enc, "AES"));
        });
        String active = properties.activeKeyId();
        if (!ring.containsKey(active)) {
            throw new IllegalStateException("livelihood.pii.active-key '" + active + "' is not in the keyring");
        }
        this.keyring = Map.copyOf(ring);
        this.keyId = active;
        this.encryptionKey = ring.get(active);
        this.blindIndexKey = new SecretKeySpec(idx, "HmacSHA256");
    }

    /** The id of the key new data is sealed with. */
    public String activeKeyId() {
        return keyId;
    }

    /** Whether a stored value is sealed with the active key (null counts as nothing to move). */
    public boolean isUnderActiveKey(String stored) {
        return stored == null || stored.startsWith(keyId + ":");
    }

    /** The same plaintext sealed again under the active key, in the same context. */
    public String reencrypt(String stored, String context) {
        return isUnderActiveKey(stored) ? stored : encrypt(decrypt(stored, context), context);
    }

    private static byte[] decodeKey(String base64, String name) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("livelihood.pii." + name + " is not base64");
        }
        if (key.length != 32) {
            throw new IllegalStateException("livelihood.pii." + name + " must be 32 bytes (256 bits)");
        }
        return key;
    }

    public String encrypt(String plaintext, String context) {
        if (plaintext == null) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return keyId + ":" + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    public String decrypt(String stored, String context) {
        if (stored == null) {
            return null;
        }
        int colon = stored.indexOf(':');
        SecretKey key = colon < 0 ? null : keyring.get(stored.substring(0, colon));
        if (key == null) {
            throw new IllegalStateException("Ciphertext was written with an unknown key");
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(colon + 1));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Decryption failed (wrong key, context or tampered data)", e);
        }
    }

    /** A keyed hash for equality lookups: the same input always gives the same index, without the key nobody can test guesses. */
    public String blindIndex(String purpose, String normalisedValue) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(blindIndexKey);
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(normalisedValue.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Blind index failed", e);
        }
    }
}
