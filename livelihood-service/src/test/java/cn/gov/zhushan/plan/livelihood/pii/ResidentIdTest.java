package cn.gov.zhushan.plan.livelihood.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ResidentIdTest {

    @Test
    void acceptsTheStandardsWorkedExampleAndDerivesBirthDateAndSex() {
        // GB 11643-1999 appendix example: 11010519491231002X
        ResidentId id = ResidentId.parse("11010519491231002x").orElseThrow();
        assertThat(id.value()).isEqualTo("11010519491231002X");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.sex()).isEqualTo(ResidentId.Sex.FEMALE);
        assertThat(id.toString()).isEqualTo("**************002X"); // issue #14: last four only
    }

    @Test
    void rejectsWrongCheckDigitsImpossibleDatesAndMalformedInput() {
        assertThat(ResidentId.isValid("110105194912310021")).isFalse();
        String first17 = "36020319900230123"; // 30 February
        assertThat(ResidentId.isValid(first17 + ResidentId.checkCharacter(first17))).isFalse();
        assertThat(ResidentId.isValid("3602031990010112")).isFalse();
        assertThat(ResidentId.isValid("36020319900101123A")).isFalse();
        assertThat(ResidentId.isValid(null)).isFalse();
        String male = "36020319800101001";
        assertThat(ResidentId.parse(male + ResidentId.checkCharacter(male)).orElseThrow().sex()).isEqualTo(ResidentId.Sex.MALE);
    }

    @Test
    void masksPersonalData() {
        assertThat(Masking.idNumber("360203199001011234")).isEqualTo("**************1234"); // issue #14: last four only
        assertThat(Masking.name("张三丰")).isEqualTo("张**");
        assertThat(Masking.name("李")).isEqualTo("李*");
        assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
        assertThat(Masking.address("珠山区新村街道1号")).isEqualTo("***");
    }
}
