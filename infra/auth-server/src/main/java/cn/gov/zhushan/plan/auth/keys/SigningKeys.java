package cn.gov.zhushan.plan.auth.keys;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.RSAPublicKeySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.core.io.Resource;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.util.Assert;

/** The key that signs now, and every key whose signatures are still accepted. */
public record SigningKeys(RSAKey current, List<RSAKey> published) {

    /**
     * @param local whether the {@code local} profile is active: only there may a missing key list mean
     *              "generate one" (every replica would sign with its own key, every restart void all tokens)
     */
    public static SigningKeys from(SigningKeysProperties properties, boolean local) {
        if (properties.keys().isEmpty()) {
            if (!local) {
                throw new IllegalStateException("No signing keys are configured (plan.auth.signing.keys). Outside "
                        + "the 'local' profile the key list must come from the mounted auth-server.yml and the keys "
                        + "Secret; a generated key is used only in the 'local' profile.");
            }
            RSAKey generated = generate();
            return new SigningKeys(generated, List.of(generated));
        }
        List<RSAKey> keys = new ArrayList<>();
        for (SigningKeysProperties.Key key : properties.keys()) {
            keys.add(load(key));
        }
        RSAKey current = keys.get(0);
        Assert.isTrue(current.isPrivate(), "the first key in plan.auth.signing.keys signs and needs a private-key");
        return new SigningKeys(current, List.copyOf(keys));
    }

    private static RSAKey load(SigningKeysProperties.Key key) {
        Assert.hasText(key.id(), "every signing key needs an id (kid)");
        RSAPrivateKey privateKey = key.privateKey() == null ? null : read(key.privateKey(), true);
        RSAPublicKey publicKey = key.publicKey() != null ? read(key.publicKey(), false) : derivePublic(privateKey, key.id());
        RSAKey.Builder builder = new RSAKey.Builder(publicKey)
                .keyID(key.id())
                .keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.RS256);
        if (privateKey != null) {
            builder.privateKey(privateKey);
        }
        return builder.build();
    }

    @SuppressWarnings("unchecked")
    private static <T> T read(Resource resource, boolean privateKey) {
        try (InputStream in = resource.getInputStream()) {
            return (T) (privateKey ? RsaKeyConverters.pkcs8().convert(in) : RsaKeyConverters.x509().convert(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read key " + resource.getDescription(), e);
        }
    }

    private static RSAPublicKey derivePublic(RSAPrivateKey privateKey, String id) {
        Assert.isTrue(privateKey instanceof RSAPrivateCrtKey, () -> "key " + id + " needs a public-key or a CRT private-key");
        RSAPrivateCrtKey crt = (RSAPrivateCrtKey) privateKey;
        try {
            BigInteger modulus = crt.getModulus();
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(modulus, crt.getPublicExponent()));
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("cannot derive public key for " + id, e);
        }
    }

    private static RSAKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .build();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
    }
}
