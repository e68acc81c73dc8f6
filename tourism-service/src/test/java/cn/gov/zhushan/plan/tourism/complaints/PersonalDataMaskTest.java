package cn.gov.zhushan.plan.tourism.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataMaskTest {

    @Test
    void masksMobilesLandlinesAndResidentIds() {
        assertThat(PersonalDataMask.mask("请回电13812345678，谢谢")).isEqualTo("请回电138****5678，谢谢");
        assertThat(PersonalDataMask.mask("手机 138-1234-5678")).isEqualTo("手机 138-****-5678");
        assertThat(PersonalDataMask.mask("+86 13812345678")).isEqualTo("+86 1******5678");
        assertThat(PersonalDataMask.mask("座机0798-8221234")).isEqualTo("座机0798-*****34");
        assertThat(PersonalDataMask.mask("身份证36020319900101123X。")).isEqualTo("身份证360***********123X。");
        assertThat(PersonalDataMask.mask("身份证360203199001011234")).isEqualTo("身份证360***********1234");
    }

    @Test
    void leavesOtherNumbersAlone() {
        assertThat(PersonalDataMask.mask("订单号2024061512345678901，金额581.87元")).isEqualTo("订单号2024061512345678901，金额581.87元");
        assertThat(PersonalDataMask.mask("Overcharged for porcelain")).isEqualTo("Overcharged for porcelain");
        assertThat(PersonalDataMask.mask("ref A13812345678")).isEqualTo("ref A13812345678");
        assertThat(PersonalDataMask.mask(null)).isNull();
    }
}
