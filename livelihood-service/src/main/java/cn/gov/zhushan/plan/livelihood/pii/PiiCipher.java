package cn.gov.zhushan.plan.livelihood.pii;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Field encryption with the JDK's AES-256-GCM and blind indexes with HMAC-SHA256. A ciphertext is
 * {@code keyId:base64(iv || ciphertext+tag)}; the field's context (collection, record id, field name) is
 * the associated data, so a ciphertext copied into another record or field fails to decrypt.
 */
public class PiiCipher {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final String keyId;
    private final SecretKey encryptionKey;
    private final SecretKey blindIndexKey;
    private final SecureRandom random = new SecureRandom();

    public PiiCipher(PiiProperties properties) {
        byte[] enc = decodeKey(properties.encryptionKey(), "encryption-key");
        byte[] idx = decodeKey(properties.blindIndexKey(), "blind-index-key");
        if (MessageDigest.isEqual(enc, idx)) {
            throw new IllegalStateException("livelihood.pii.encryption-key and blind-index-key must differ");
        }
        if (properties.keyId().contains(":")) {
            throw new IllegalStateException("livelihood.pii.key-id must not contain ':'");
        }
        this.keyId = properties.keyId();
        this.encryptionKey = new SecretKeySpec(enc, "AES");
        this.blindIndexKey = new SecretKeySpec(idx, "HmacSHA256");
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
        if (colon < 0 || !stored.substring(0, colon).equals(keyId)) {
            throw new IllegalStateException("Ciphertext was written with an unknown key");
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(colon + 1));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
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
