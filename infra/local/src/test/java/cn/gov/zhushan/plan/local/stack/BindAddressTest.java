package cn.gov.zhushan.plan.local.stack;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BindAddressTest {

    @Test
    void loopbackUnlessExposedDeliberately() {
        assertThat(BindAddress.from(Map.of())).isEqualTo("127.0.0.1");
        assertThat(BindAddress.from(Map.of(BindAddress.ENV, " "))).isEqualTo("127.0.0.1");
        assertThat(BindAddress.from(Map.of(BindAddress.ENV, "0.0.0.0"))).isEqualTo("0.0.0.0");
    }
}
