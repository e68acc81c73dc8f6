package cn.gov.zhushan.plan.platform.time;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * The span of days the platform accepts in input (by default 1900-01-01 to 2200-12-31): a date far outside
 * it is a typing slip or an attack, and the store or date arithmetic would fail on it later with a 500.
 * Instants and offset times are judged by their district day.
 */
public final class DateRange {

    /** The types this rule judges. */
    public static final Set<Class<?>> TYPES = Set.of(LocalDate.class, LocalDateTime.class, Instant.class,
            OffsetDateTime.class, ZonedDateTime.class, YearMonth.class, Year.class);

    private final LocalDate earliest;
    private final LocalDate latest;

    public DateRange(LocalDate earliest, LocalDate latest) {
        this.earliest = earliest;
        this.latest = latest;
    }

    public static boolean judges(Class<?> type) {
        return TYPES.contains(type);
    }

    /** Why the value is refused, or null when it lies within the range (or is not a date at all). */
    public String problem(Object value) {
        try {
            LocalDate first;
            LocalDate last;
            if (value instanceof LocalDate day) {
                first = day;
                last = day;
            } else if (value instanceof LocalDateTime time) {
                first = time.toLocalDate();
                last = first;
            } else if (value instanceof Instant instant) {
                first = instant.atZone(PlatformTime.DISTRICT_ZONE).toLocalDate();
                last = first;
            } else if (value instanceof OffsetDateTime time) {
                first = time.toInstant().atZone(PlatformTime.DISTRICT_ZONE).toLocalDate();
                last = first;
            } else if (value instanceof ZonedDateTime time) {
                first = time.toInstant().atZone(PlatformTime.DISTRICT_ZONE).toLocalDate();
                last = first;
            } else if (value instanceof YearMonth month) {
                first = month.atDay(1);
                last = month.atEndOfMonth();
            } else if (value instanceof Year year) {
                first = year.atDay(1);
                last = year.atMonth(12).atEndOfMonth();
            } else {
                return null;
            }
            return first.isBefore(earliest) || last.isAfter(latest) ? outside() : null;
        } catch (DateTimeException beyondTheCalendar) {
            return outside();
        }
    }

    private String outside() {
        return "must lie between " + earliest + " and " + latest;
    }
}
