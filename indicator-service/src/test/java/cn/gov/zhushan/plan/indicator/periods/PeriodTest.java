package cn.gov.zhushan.plan.indicator.periods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

    @Test
    void readsTheThreePeriodTypes() {
        assertThat(Period.parse("2024")).isEqualTo(new Period(PeriodType.ANNUAL, 2024, 1));
        assertThat(Period.parse("2024Q3")).isEqualTo(new Period(PeriodType.QUARTERLY, 2024, 3));
        assertThat(Period.parse("2024-09")).isEqualTo(new Period(PeriodType.MONTHLY, 2024, 9));
        assertThat(Period.parse("2024-09").toString()).isEqualTo("2024-09");
        assertThat(Period.parse("2024Q3").yearBefore().toString()).isEqualTo("2023Q3");
    }

    @Test
    void readsHalfYearsAndJanuaryWithFebruary() {
        Period h1 = Period.parse("2024H1");
        assertThat(h1.type()).isEqualTo(PeriodType.HALF_YEARLY);
        assertThat(h1.startMonth()).isEqualTo(1);
        assertThat(h1.endMonth()).isEqualTo(6);
        assertThat(Period.parse("2024H2").closesYear()).isTrue();
        Period janFeb = Period.parse("2024-01_02");
        assertThat(janFeb.type()).isEqualTo(PeriodType.JAN_FEB);
        assertThat(janFeb.toString()).isEqualTo("2024-01_02");
        assertThat(janFeb.endMonth()).isEqualTo(2);
        assertThat(janFeb).isLessThan(Period.parse("2024Q1")).isGreaterThan(Period.parse("2024-02"));
        assertThatThrownBy(() -> Period.parse("2024-02_03")).isInstanceOf(InvalidPeriodException.class);
        assertThatThrownBy(() -> Period.parse("2024H3")).isInstanceOf(InvalidPeriodException.class);
        assertThat(PeriodType.MONTHLY.accepts(PeriodType.JAN_FEB)).isTrue();
        assertThat(PeriodType.MONTHLY.accepts(PeriodType.HALF_YEARLY)).isTrue();
        assertThat(PeriodType.QUARTERLY.accepts(PeriodType.JAN_FEB)).isFalse();
        assertThat(PeriodType.ANNUAL.accepts(PeriodType.JAN_FEB)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024Q5", "2024Q0", "2024-13", "2024-00", "2024-9", "24", "2024M09", "1800", "", "2024 Q1"})
    void refusesMalformedAndImpossiblePeriods(String text) {
        assertThatThrownBy(() -> Period.parse(text)).isInstanceOf(InvalidPeriodException.class);
    }

    @Test
    void yearToDateAndShareOfTheYear() {
        assertThat(Period.parse("2025Q3").yearToDate()).extracting(Period::toString).containsExactly("2025Q1", "2025Q2", "2025Q3");
        assertThat(Period.parse("2025Q3").fractionOfYear()).isEqualByComparingTo("0.75");
        assertThat(Period.parse("2025-09").fractionOfYear()).isEqualByComparingTo("0.75");
        assertThat(Period.parse("2025").closesYear()).isTrue();
        assertThat(Period.parse("2025-11").closesYear()).isFalse();
        assertThat(Period.parse("2025Q3")).isLessThan(Period.parse("2025-10")).isGreaterThan(Period.parse("2025-08"));
        assertThat(Period.parse("2025-12")).isLessThan(Period.parse("2025Q4"));
        assertThat(Period.parse("2025Q4")).isLessThan(Period.parse("2025"));
    }

    @Test
    void anIndicatorTakesItsOwnAndCoarserPeriods() {
        assertThat(PeriodType.QUARTERLY.accepts(PeriodType.ANNUAL)).isTrue();
        assertThat(PeriodType.QUARTERLY.accepts(PeriodType.MONTHLY)).isFalse();
        assertThat(PeriodType.ANNUAL.accepts(PeriodType.QUARTERLY)).isFalse();
    }
}
