package cn.gov.zhushan.plan.indicator.analytics.sdmx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SdmxUnitTest {

    @Test
    void yuanAtAnyScaleIsOneCodeTheScaleGoesToUnitMult() {
        assertThat(SdmxUnit.of("亿元")).isEqualTo(SdmxUnit.of("万元")).isEqualTo(new SdmxUnit("CNY", "元"));
        assertThat(SdmxUnit.of("%").code()).isEqualTo("PT");
        assertThat(SdmxUnit.of("万人次")).isEqualTo(new SdmxUnit("PERSON_VISITS", "人次"));
    }

    @Test
    void anUnknownUnitIsUnspecifiedNotGuessed() {
        assertThat(SdmxUnit.of("吨标准煤").code()).isEqualTo("_X");
        assertThat(SdmxUnit.of(null).code()).isEqualTo("_Z");
    }
}
