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
}
