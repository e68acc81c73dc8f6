package cn.gov.zhushan.plan.tourism.holidays;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class HolidayComparisonTest {

    @Test
    void changeIsAgainstTheSameHolidayLastYear() {
        assertThat(HolidayComparison.of(3_657_300, 3_300_000L).changePercent()).isEqualByComparingTo(new BigDecimal("10.8"));
        assertThat(HolidayComparison.of(900, 1000L).changePercent()).isEqualByComparingTo(new BigDecimal("-10.0"));
        assertThat(HolidayComparison.of(900, null).changePercent()).isNull();
        assertThat(HolidayComparison.of(900, 0L).changePercent()).isNull();
    }

    @Test
    void aHolidayCoversItsDaysInclusive() {
        Holiday nationalDay = new Holiday("2024-NATIONAL_DAY", 2024, "NATIONAL_DAY", "国庆节", "National Day",
                LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 7));
        assertThat(nationalDay.days()).hasSize(7).startsWith(LocalDate.of(2024, 10, 1)).endsWith(LocalDate.of(2024, 10, 7));
    }
}
