package cn.gov.zhushan.plan.livelihood.rosters;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * Families paid the same monthly reward over the same months: {@code families} families ({@code persons}
 * recipients) at {@code monthlyStandard} yuan per family from {@code firstMonth} to {@code lastMonth} inclusive
 * ({@code yyyy-MM}; kept as text, the store has no codec for a month).
 */
public record RosterTier(BigDecimal monthlyStandard, long families, long persons, String firstMonth, String lastMonth) {

    public RosterTier {
        if (families < 0 || persons < 0 || monthlyStandard.signum() < 0
                || YearMonth.parse(lastMonth).isBefore(YearMonth.parse(firstMonth))) {
            throw new IllegalArgumentException("invalid roster tier");
        }
    }

    public RosterTier(BigDecimal monthlyStandard, long families, long persons, YearMonth firstMonth, YearMonth lastMonth) {
        this(monthlyStandard, families, persons, firstMonth.toString(), lastMonth.toString());
    }

    public boolean covers(YearMonth month) {
        return !month.isBefore(YearMonth.parse(firstMonth)) && !month.isAfter(YearMonth.parse(lastMonth));
    }

    int firstYear() {
        return YearMonth.parse(firstMonth).getYear();
    }

    int lastYear() {
        return YearMonth.parse(lastMonth).getYear();
    }
}
