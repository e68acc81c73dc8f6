package cn.gov.zhushan.plan.indicator.periods;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * A reporting period as written in the API and in imports: {@code 2024} (a year), {@code 2024Q3}
 * (a quarter) or {@code 2024-09} (a month), as DHIS2 and SDMX write them.
 *
 * @param index the quarter (1-4) or the month (1-12); 1 for a year
 */
public record Period(PeriodType type, int year, int index) implements Comparable<Period> {

    private static final java.util.regex.Pattern FORMAT =
            java.util.regex.Pattern.compile("(\\d{4})(?:Q(\\d{1,2})|-(\\d{2}))?");
    public static final int MIN_YEAR = 1949;
    public static final int MAX_YEAR = 2100;

    public Period {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new InvalidPeriodException("year " + year + " is outside " + MIN_YEAR + "-" + MAX_YEAR);
        }
        if (index < 1 || index > type.periodsPerYear()) {
            throw new InvalidPeriodException(type == PeriodType.QUARTERLY ? "quarter must be 1-4" : "month must be 01-12");
        }
    }

    /** Parses {@code 2024}, {@code 2024Q3} or {@code 2024-09}; anything else (2024Q5, 2024-13) is refused. */
    public static Period parse(String text) {
        if (text == null) {
            throw new InvalidPeriodException("is required");
        }
        Matcher m = FORMAT.matcher(text.trim());
        if (!m.matches()) {
            throw new InvalidPeriodException("'" + text + "' is not a period like 2024, 2024Q3 or 2024-09");
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            return new Period(PeriodType.QUARTERLY, year, Integer.parseInt(m.group(2)));
        }
        if (m.group(3) != null) {
            return new Period(PeriodType.MONTHLY, year, Integer.parseInt(m.group(3)));
        }
        return new Period(PeriodType.ANNUAL, year, 1);
    }

    public static Period year(int year) {
        return new Period(PeriodType.ANNUAL, year, 1);
    }

    /** The same period one year earlier (for year-on-year growth). */
    public Period yearBefore() {
        return new Period(type, year - 1, index);
    }

    /** The periods of the same type from the start of the year up to and including this one (year to date). */
    public List<Period> yearToDate() {
        List<Period> periods = new ArrayList<>();
        for (int i = 1; i <= index; i++) {
            periods.add(new Period(type, year, i));
        }
        return periods;
    }

    /** The share of the year this period closes, e.g. 2025Q3 = 0.75, 2025-09 = 0.75, 2025 = 1. */
    public java.math.BigDecimal fractionOfYear() {
        return java.math.BigDecimal.valueOf(index).divide(java.math.BigDecimal.valueOf(type.periodsPerYear()), 10,
                java.math.RoundingMode.HALF_UP);
    }

    /** Whether this period closes its year (the year itself, Q4 or December). */
    public boolean closesYear() {
        return index == type.periodsPerYear();
    }

    @Override
    public int compareTo(Period other) {
        // by year, then by the share of the year covered, then coarser last (2024-12 before 2024Q4 before 2024)
        int byYear = Integer.compare(year, other.year);
        if (byYear != 0) {
            return byYear;
        }
        int byEnd = fractionOfYear().compareTo(other.fractionOfYear());
        return byEnd != 0 ? byEnd : Integer.compare(other.type.periodsPerYear(), type.periodsPerYear());
    }

    @Override
    public String toString() {
        return switch (type) {
            case ANNUAL -> Integer.toString(year);
            case QUARTERLY -> year + "Q" + index;
            case MONTHLY -> year + "-" + (index < 10 ? "0" : "") + index;
        };
    }
}
