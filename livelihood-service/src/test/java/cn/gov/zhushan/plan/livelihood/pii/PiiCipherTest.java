package cn.gov.zhushan.plan.livelihood.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;

import org.junit.jupiter.api.Test;

class PiiCipherTest {

    private static String key(int fill) {
        byte[] bytes = new byte[32];
        java.util.Arrays.fill(bytes, (byte) fill);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private final PiiCipher cipher = new PiiCipher(new PiiProperties("k1", key(1), key(2)));

    @Test
    void roundTripsWithFreshIvsAndBindsTheCiphertextToItsField() {
        String a = cipher.encrypt("王小明", "persons/p1/name");
        String b = cipher.encrypt("王小明", "persons/p1/name");
        assertThat(a).startsWith("k1:").isNotEqualTo(b).doesNotContain("王小明");
        assertThat(cipher.decrypt(a, "persons/p1/name")).isEqualTo("王小明");
        assertThatThrownBy(() -> cipher.decrypt(a, "persons/p2/name")).isInstanceOf(IllegalStateException.class);
        String tampered = a.substring(0, a.length() - 2) + (a.endsWith("A=") ? "B=" : "A=");
        assertThatThrownBy(() -> cipher.decrypt(tampered, "persons/p1/name")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void blindIndexIsDeterministicKeyedAndPurposeBound() {
        assertThat(cipher.blindIndex("resident-id", "X")).isEqualTo(cipher.blindIndex("resident-id", "X"))
                .hasSize(64).isNotEqualTo(cipher.blindIndex("phone", "X"));
        PiiCipher other = new PiiCipher(new PiiProperties("k1", key(1), key(3)));
        assertThat(other.blindIndex("resident-id", "X")).isNotEqualTo(cipher.blindIndex("resident-id", "X"));
    }

    @Test
    void refusesWeakOrReusedKeys() {
        assertThatThrownBy(() -> new PiiCipher(new PiiProperties("k1", key(1), key(1)))).hasMessageContaining("differ");
        assertThatThrownBy(() -> new PiiCipher(new PiiProperties("k1", "c2hvcnQ=", key(2)))).hasMessageContaining("32 bytes");
    }

    @Test
    void aKeyringSealsWithTheActiveKeyAndStillOpensWhatOlderKeysSealed() {
        String old = cipher.encrypt("13800001111", "persons/p1/phone");
        PiiCipher rotated = new PiiCipher(new PiiProperties(null, null, java.util.Map.of("k1", key(1), "k2", key(4)), "k2", key(2)));
        assertThat(rotated.decrypt(old, "persons/p1/phone")).isEqualTo("13800001111");
        assertThat(rotated.isUnderActiveKey(old)).isFalse();
        String moved = rotated.reencrypt(old, "persons/p1/phone");
        assertThat(moved).startsWith("k2:");
        assertThat(rotated.decrypt(moved, "persons/p1/phone")).isEqualTo("13800001111");
        assertThat(rotated.encrypt("x", "c")).startsWith("k2:");
        // the old single-key cipher cannot open what the new key sealed
        assertThatThrownBy(() -> cipher.decrypt(moved, "persons/p1/phone")).hasMessageContaining("unknown key");
        // the single-key form joins the ring under its id (backward compatible)
        PiiCipher mixed = new PiiCipher(new PiiProperties("k1", key(1), java.util.Map.of("k2", key(4)), "k2", key(2)));
        assertThat(mixed.decrypt(old, "persons/p1/phone")).isEqualTo("13800001111");
    }

    @Test
    void refusesAnActiveKeyOutsideTheRingOrContradictoryKeys() {
        assertThatThrownBy(() -> new PiiCipher(new PiiProperties(null, null, java.util.Map.of("k1", key(1)), "k9", key(2))))
                .hasMessageContaining("not in the keyring");
        assertThatThrownBy(() -> new PiiCipher(new PiiProperties("k1", key(1), java.util.Map.of("k1", key(5)), "k1", key(2))))
                .hasMessageContaining("differs");
        assertThatThrownBy(() -> new PiiCipher(new PiiProperties(null, null, java.util.Map.of("k:1", key(1)), "k:1", key(2))))
                .hasMessageContaining("key id");
    }
}
