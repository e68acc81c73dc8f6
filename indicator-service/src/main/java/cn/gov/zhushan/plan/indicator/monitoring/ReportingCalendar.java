package cn.gov.zhushan.plan.indicator.monitoring;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

import cn.gov.zhushan.plan.indicator.periods.Period;
import cn.gov.zhushan.plan.indicator.periods.PeriodType;
import cn.gov.zhushan.plan.indicator.targets.WithinYearPath;

/**
 * When an indicator's figures are due: the data of a period by day {@code dueDay} of the month after it ends (monthly
 * figures by the 15th of the next month; 1–2月 by 15 March). A figure is overdue when the latest period due by today
 * (an Asia/Shanghai day) has no data and no later period of the year has any either.
 */
public final class ReportingCalendar {

    /** The default day of the following month by which a period's figures are due. */
    public static final int DEFAULT_DUE_DAY = 15;

    private ReportingCalendar() {
    }

    /** @param dueDate the day by which {@code period}'s figures were due */
    public record Overdue(String period, LocalDate dueDate) {
    }

    public static LocalDate dueDate(Period period, int dueDay) {
        LocalDate nextMonth = LocalDate.of(period.year(), period.endMonth(), 1).plusMonths(1);
        return nextMonth.withDayOfMonth(Math.min(dueDay, nextMonth.lengthOfMonth()));
    }

    /**
     * @param endMonthsWithData the last months of the year's periods that have data
     * @param today             today in Asia/Shanghai
     */
    public static Optional<Overdue> overdue(PeriodType periodicity, Integer dueDay, int year,
                                            Collection<Integer> endMonthsWithData, LocalDate today) {
        int day = dueDay == null ? DEFAULT_DUE_DAY : dueDay;
        Period latestDue = null;
        for (Period milestone : WithinYearPath.milestones(periodicity, year)) {
            if (!today.isBefore(dueDate(milestone, day).plusDays(1))) {
                latestDue = milestone;
            }
        }
        if (latestDue == null) {
            return Optional.empty();
        }
        int due = latestDue.endMonth();
        boolean covered = endMonthsWithData.stream().anyMatch(month -> month >= due);
        return covered ? Optional.empty() : Optional.of(new Overdue(latestDue.toString(), dueDate(latestDue, day)));
    }
}
