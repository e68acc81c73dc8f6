package cn.gov.zhushan.plan.platform.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 of a request body under the platform's key: equal bodies compare equal, and a stolen store
 * does not let anyone confirm a guessed body (an ID number) without the key.
 */
public final class RequestFingerprint {

    private static final String ALGORITHM = "HmacSHA256";
    private final SecretKeySpec key;

    public RequestFingerprint(String key) {
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    public String of(byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
