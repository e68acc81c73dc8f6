package cn.gov.zhushan.plan.indicator.periods;

/**
 * Period types. Chinese statistics publish January and February together ("1–2月", because of the Spring
 * Festival), so {@code JAN_FEB} is a type of its own; {@code HALF_YEARLY} is 上半年 / 下半年.
 */
public enum PeriodType {
    ANNUAL(1, 12), HALF_YEARLY(2, 6), QUARTERLY(4, 3), JAN_FEB(1, 2), MONTHLY(12, 1);

    private final int periodsPerYear;
    private final int months;

    PeriodType(int periodsPerYear, int months) {
        this.periodsPerYear = periodsPerYear;
        this.months = months;
    }

    /** How many periods of this type a year has (1 for JAN_FEB: it is only ever January and February). */
    public int periodsPerYear() {
        return periodsPerYear;
    }

    /** How many months one period of this type spans. */
    public int months() {
        return months;
    }

    /**
     * Whether an indicator collected at this periodicity can hold a value for {@code period}'s type: its own and
     * any longer one (a monthly indicator takes 1–2月, quarters, half-years and the year; a quarterly one no month).
     */
    public boolean accepts(PeriodType period) {
        return period.months >= months;
    }
}
