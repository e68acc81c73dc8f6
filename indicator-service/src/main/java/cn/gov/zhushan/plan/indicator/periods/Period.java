package cn.gov.zhushan.plan.indicator.periods;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * A reporting period as written in the API and in imports: {@code 2024} (a year), {@code 2024H1} (上半年),
 * {@code 2024Q3} (a quarter), {@code 2024-09} (a month) or {@code 2024-01_02} (January and February together, 1–2月).
 *
 * @param index the half-year (1-2), quarter (1-4) or month (1-12); 1 for a year and for 1–2月
 */
public record Period(PeriodType type, int year, int index) implements Comparable<Period> {

    private static final java.util.regex.Pattern FORMAT =
            java.util.regex.Pattern.compile("(\\d{4})(?:Q(\\d{1,2})|H(\\d{1,2})|-(\\d{2})(_\\d{2})?)?");
    public static final int MIN_YEAR = 1949;
    public static final int MAX_YEAR = 2100;

    public Period {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new InvalidPeriodException("year " + year + " is outside " + MIN_YEAR + "-" + MAX_YEAR);
        }
        if (index < 1 || index > type.periodsPerYear()) {
            throw new InvalidPeriodException(switch (type) {
                case QUARTERLY -> "quarter must be 1-4";
                case HALF_YEARLY -> "half-year must be 1 or 2";
                case MONTHLY -> "month must be 01-12";
                default -> "index must be 1";
            });
        }
    }

    /** Parses {@code 2024}, {@code 2024H1}, {@code 2024Q3}, {@code 2024-09} or {@code 2024-01_02}; anything else is refused. */
    public static Period parse(String text) {
        if (text == null) {
            throw new InvalidPeriodException("is required");
        }
        Matcher m = FORMAT.matcher(text.trim());
        if (!m.matches()) {
            throw new InvalidPeriodException("'" + text + "' is not a period like 2024, 2024H1, 2024Q3, 2024-09 or 2024-01_02");
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            return new Period(PeriodType.QUARTERLY, year, Integer.parseInt(m.group(2)));
        }
        if (m.group(3) != null) {
            return new Period(PeriodType.HALF_YEARLY, year, Integer.parseInt(m.group(3)));
        }
        if (m.group(5) != null) {
            if (!"01".equals(m.group(4)) || !"_02".equals(m.group(5))) {
                throw new InvalidPeriodException("the only combined months are January and February: 2024-01_02");
            }
            return new Period(PeriodType.JAN_FEB, year, 1);
        }
        if (m.group(4) != null) {
            return new Period(PeriodType.MONTHLY, year, Integer.parseInt(m.group(4)));
        }
        return new Period(PeriodType.ANNUAL, year, 1);
    }

    public static Period year(int year) {
        return new Period(PeriodType.ANNUAL, year, 1);
    }

    /** The first month this period covers (1-12). */
    public int startMonth() {
        return endMonth() - type.months() + 1;
    }

    /** The last month this period covers (1-12): the year to date at its end runs from January to this month. */
    public int endMonth() {
        return type == PeriodType.JAN_FEB ? 2 : index * type.months();
    }

    /** The same period one year earlier (for year-on-year growth). */
    public Period yearBefore() {
        return new Period(type, year - 1, index);
    }

    /** The periods of the same type from the start of the year up to and including this one. */
    public List<Period> yearToDate() {
        List<Period> periods = new ArrayList<>();
        for (int i = 1; i <= index; i++) {
            periods.add(new Period(type, year, i));
        }
        return periods;
    }

    /** The share of the year this period closes, e.g. 2025Q3 = 0.75, 2025-09 = 0.75, 2025 = 1 (10 decimals). */
    public BigDecimal fractionOfYear() {
        return BigDecimal.valueOf(endMonth()).divide(BigDecimal.valueOf(12), 10, RoundingMode.HALF_UP);
    }

    /** Whether this period closes its year (the year itself, H2, Q4 or December). */
    public boolean closesYear() {
        return endMonth() == 12;
    }

    @Override
    public int compareTo(Period other) {
        // by year, then by the month it closes, then coarser last (2024-12 before 2024Q4 before 2024)
        int byYear = Integer.compare(year, other.year);
        if (byYear != 0) {
            return byYear;
        }
        int byEnd = Integer.compare(endMonth(), other.endMonth());
        return byEnd != 0 ? byEnd : Integer.compare(type.months(), other.type.months());
    }

    @Override
    public String toString() {
        return switch (type) {
            case ANNUAL -> Integer.toString(year);
            case HALF_YEARLY -> year + "H" + index;
            case QUARTERLY -> year + "Q" + index;
            case JAN_FEB -> year + "-01_02";
            case MONTHLY -> year + "-" + (index < 10 ? "0" : "") + index;
        };
    }
}
