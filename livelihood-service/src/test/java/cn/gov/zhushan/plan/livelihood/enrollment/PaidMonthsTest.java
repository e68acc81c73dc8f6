package cn.gov.zhushan.plan.livelihood.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class PaidMonthsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static java.time.Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    private static Enrollment enrolledAt(String localDateTime) {
        return new Enrollment("e", "P", "P", null, "p", at(localDateTime), "t");
    }

    private static boolean paid(Enrollment e, String month) {
        return PaidMonths.paid(e, YearMonth.parse(month), SHANGHAI);
    }

    @Test
    void theMonthSomeoneJoinsIsPaidAndNoneBefore() {
        Enrollment e = enrolledAt("2024-03-31T23:30:00");
        assertThat(paid(e, "2024-02")).isFalse();
        assertThat(paid(e, "2024-03")).isTrue();
        assertThat(paid(e, "2024-04")).isTrue();
        // days are Shanghai days: ten past midnight on 1 April is April there (still 31 March in UTC)
        assertThat(paid(enrolledAt("2024-04-01T00:10:00"), "2024-03")).isFalse();
    }

    @Test
    void theMonthSomeoneLeavesIsStillPaidAndNoneAfter() {
        Enrollment e = enrolledAt("2024-01-01T00:00:00");
        e.changeAt(Enrollment.State.EXITED, "t", at("2024-06-15T10:00:00"));
        assertThat(paid(e, "2024-05")).isTrue();
        assertThat(paid(e, "2024-06")).isTrue();
        assertThat(paid(e, "2024-07")).isFalse();
    }

    @Test
    void aPausedMonthIsNotPaidUntilTheMonthAfterTheResumption() {
        Enrollment e = enrolledAt("2024-01-10T09:00:00");
        e.changeAt(Enrollment.State.PAUSED, "t", at("2024-02-20T10:00:00"));
        e.changeAt(Enrollment.State.ENROLLED, "t", at("2024-04-05T10:00:00"));
        assertThat(paid(e, "2024-02")).isTrue();
        assertThat(paid(e, "2024-03")).isFalse();
        assertThat(paid(e, "2024-04")).isFalse();
        assertThat(paid(e, "2024-05")).isTrue();
    }

    @Test
    void aDuplicateFromTheStartIsNeverPaid() {
        Enrollment e = enrolledAt("2024-01-10T09:00:00");
        e.changeAt(Enrollment.State.DUPLICATED, "t", at("2024-01-10T09:00:00"));
        assertThat(paid(e, "2024-01")).isFalse();
        assertThat(paid(e, "2024-02")).isFalse();
    }
}
