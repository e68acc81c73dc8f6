package cn.gov.zhushan.plan.livelihood.pii;

import java.time.LocalDate;
import java.time.Period;

/** A ten-year age band ({@code 40-49}) shown instead of a birth year to callers without {@code livelihood:pii}. */
public final class AgeBand {

    private AgeBand() {
    }

    /** The band of the age reached on {@code today} (an Asia/Shanghai day); ages under 0 count as 0. */
    public static String of(LocalDate birthDate, LocalDate today) {
        int age = Math.max(0, Period.between(birthDate, today).getYears());
        int lower = age / 10 * 10;
        return lower + "-" + (lower + 9);
    }
}
