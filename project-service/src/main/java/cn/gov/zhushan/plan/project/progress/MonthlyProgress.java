package cn.gov.zhushan.plan.project.progress;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One month's progress of a project.
 *
 * @param month                   {@code 2024-09}
 * @param investmentCompleted     investment completed in that month, yuan
 * @param physicalProgressPercent physical progress at the month's end, 0-100
 */
public record MonthlyProgress(String month, BigDecimal investmentCompleted, BigDecimal physicalProgressPercent,
                              String notes, String reportedBy, Instant reportedAt) {

    /** Same figures and notes, whoever reported them when. */
    public boolean sameFiguresAs(MonthlyProgress other) {
        return investmentCompleted.compareTo(other.investmentCompleted) == 0
                && compare(physicalProgressPercent, other.physicalProgressPercent)
                && java.util.Objects.equals(notes, other.notes);
    }

    private static boolean compare(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
