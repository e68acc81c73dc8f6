package cn.gov.zhushan.plan.auth.keys;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * RSA keys for signing tokens. The first key signs; every key is published in the JWKS, so a rotation
 * is: add the new key first, keep the old one after it until its tokens have expired, then drop it.
 * Empty list: one key is generated at startup (fine for one local instance, not for replicas).
 */
@ConfigurationProperties("plan.auth.signing")
public record SigningKeysProperties(@DefaultValue List<Key> keys) {

    /**
     * @param id         the {@code kid}
     * @param privateKey PKCS#8 PEM; required for the first (signing) key, optional for previous keys
     * @param publicKey  X.509 PEM; may be left out when the private key is given
     */
    public record Key(String id, @Nullable Resource privateKey, @Nullable Resource publicKey) {
    }
}
