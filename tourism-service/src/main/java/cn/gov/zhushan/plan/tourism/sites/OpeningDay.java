package cn.gov.zhushan.plan.tourism.sites;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/**
 * A site's counting day. Occupancy is "in minus out since the day started", so a day must start while the
 * site is empty: for a site that is closed at midnight that is midnight, and its day is the Asia/Shanghai
 * calendar day; for a site open across midnight (a night district open 10:00-02:00) it is the middle of its
 * closed hours, rounded down to the hour (06:00), so that late leavers and early arrivals both stay in the
 * opening day they belong to. A day is named by the date it starts on: the night of 1 October, 01:30 on
 * 2 October included, is opening day 2024-10-01.
 *
 * @param start the local (Asia/Shanghai) time at which each opening day starts
 */
public record OpeningDay(LocalTime start) {

    public static final OpeningDay CALENDAR = new OpeningDay(LocalTime.MIDNIGHT);

    /** The opening day of a site open from {@code opens} to {@code closes} (before {@code opens}: after midnight). */
    public static OpeningDay of(LocalTime opens, LocalTime closes) {
        if (!closes.isBefore(opens)) {
            return CALENDAR; // closes the same day (equal: open round the clock, counted per calendar day)
        }
        long closedMinutes = Duration.between(closes, opens).toMinutes();
        return new OpeningDay(closes.plusMinutes(closedMinutes / 2).truncatedTo(ChronoUnit.HOURS));
    }

    /** True when the day is the calendar day (it never runs past midnight). */
    public boolean isCalendarDay() {
        return start.equals(LocalTime.MIDNIGHT);
    }

    /** The opening day a local time belongs to. */
    public LocalDate dayOf(LocalDateTime local) {
        return local.minusHours(start.getHour()).minusMinutes(start.getMinute()).toLocalDate();
    }

    public LocalDateTime startOf(LocalDate day) {
        return day.atTime(start);
    }

    public LocalDateTime endOf(LocalDate day) {
        return day.plusDays(1).atTime(start);
    }
}
