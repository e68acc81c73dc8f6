package cn.gov.zhushan.plan.indicator.periods;

/** Period types, finest last; an indicator accepts its own periodicity and any coarser one. */
public enum PeriodType {
    ANNUAL(1), QUARTERLY(4), MONTHLY(12);

    private final int periodsPerYear;

    PeriodType(int periodsPerYear) {
        this.periodsPerYear = periodsPerYear;
    }

    public int periodsPerYear() {
        return periodsPerYear;
    }

    /** Whether an indicator collected at this periodicity can hold a value for {@code period}'s type. */
    public boolean accepts(PeriodType period) {
        return period.periodsPerYear <= periodsPerYear;
    }
}
