package cn.gov.zhushan.plan.indicator.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.zhushan.plan.indicator.periods.Period;
import cn.gov.zhushan.plan.indicator.periods.PeriodType;

class ReportingCalendarTest {

    @Test
    void monthlyFiguresAreDueByTheFifteenthOfTheNextMonth() {
        assertThat(ReportingCalendar.dueDate(Period.parse("2025-03"), 15)).isEqualTo(LocalDate.of(2025, 4, 15));
        assertThat(ReportingCalendar.dueDate(Period.parse("2025-01_02"), 15)).isEqualTo(LocalDate.of(2025, 3, 15));
        assertThat(ReportingCalendar.dueDate(Period.parse("2025-12"), 15)).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(ReportingCalendar.dueDate(Period.parse("2025-01_02"), 31)).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(ReportingCalendar.dueDate(Period.parse("2025-01"), 31)).isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void timeAloneMakesAMissingFigureOverdue() {
        // retail sales 2025 with 1–2月 and March in: April's figure is due by 15 May
        List<Integer> inSoFar = List.of(2, 3);
        assertThat(ReportingCalendar.overdue(PeriodType.MONTHLY, 15, 2025, inSoFar, LocalDate.of(2025, 5, 15))).isEmpty();
        assertThat(ReportingCalendar.overdue(PeriodType.MONTHLY, 15, 2025, inSoFar, LocalDate.of(2025, 5, 16)))
                .contains(new ReportingCalendar.Overdue("2025-04", LocalDate.of(2025, 5, 15)));
        // a later figure covers an earlier one that never came (cumulative series: May's includes April)
        assertThat(ReportingCalendar.overdue(PeriodType.MONTHLY, 15, 2025, List.of(2, 5), LocalDate.of(2025, 6, 1))).isEmpty();
        // nothing is due before 15 March
        assertThat(ReportingCalendar.overdue(PeriodType.MONTHLY, 15, 2025, List.of(), LocalDate.of(2025, 3, 15))).isEmpty();
        assertThat(ReportingCalendar.overdue(PeriodType.QUARTERLY, 20, 2025, List.of(), LocalDate.of(2025, 4, 21)))
                .contains(new ReportingCalendar.Overdue("2025Q1", LocalDate.of(2025, 4, 20)));
    }

    @Test
    void anOverdueFigureIsTheWarningOfAnOtherwiseQuietTarget() {
        assertThat(AttainmentStatus.NO_DATA.withOverdue(true)).isEqualTo(AttainmentStatus.DATA_OVERDUE);
        assertThat(AttainmentStatus.ON_TRACK.withOverdue(true)).isEqualTo(AttainmentStatus.DATA_OVERDUE);
        assertThat(AttainmentStatus.OFF_TRACK.withOverdue(true)).isEqualTo(AttainmentStatus.OFF_TRACK);
        assertThat(AttainmentStatus.ON_TRACK.withOverdue(false)).isEqualTo(AttainmentStatus.ON_TRACK);
        assertThat(Attainment.warningEvent(AttainmentStatus.NO_DATA, AttainmentStatus.DATA_OVERDUE)).contains(WarningEvent.RAISED);
    }
}
