package cn.gov.zhushan.plan.livelihood.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class MaskingAndAgeBandTest {

    @Test
    void anIdNumberShowsItsLastFourCharactersOnly() {
        assertThat(Masking.idNumber("36020319620304123X")).isEqualTo("**************123X");
        assertThat(Masking.idNumber("1234567")).isEqualTo("*******");
    }

    @Test
    void ageBandsAreTenYearsWideAndTurnOnTheBirthday() {
        LocalDate birth = LocalDate.of(1975, 6, 15);
        assertThat(AgeBand.of(birth, LocalDate.of(2025, 6, 14))).isEqualTo("40-49");
        assertThat(AgeBand.of(birth, LocalDate.of(2025, 6, 15))).isEqualTo("50-59");
        assertThat(AgeBand.of(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 1, 1))).isEqualTo("0-9");
    }
}
