package cn.gov.zhushan.plan.livelihood.enrollment;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * Whether an enrollment is paid for a month, decided by its dates, not by its state today: the membership must have
 * started by the month's last day, and its state at the start of the month (or on the day it started, if later) must be
 * ENROLLED. So the month someone joins is paid, the month they leave (exit, pause) is still paid, and no month before
 * they joined or after they left is. Plain so a unit test can run it.
 */
public final class PaidMonths {

    private PaidMonths() {
    }

    public static boolean paid(Enrollment enrollment, YearMonth month, ZoneId zone) {
        Instant monthStart = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant monthEnd = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        if (!enrollment.enrolledAt().isBefore(monthEnd)) {
            return false;
        }
        Instant reference = enrollment.enrolledAt().isAfter(monthStart) ? enrollment.enrolledAt() : monthStart;
        return stateAt(enrollment, reference) == Enrollment.State.ENROLLED;
    }

    /** The state in effect at an instant: ENROLLED from the start, then each change from its time on. */
    static Enrollment.State stateAt(Enrollment enrollment, Instant at) {
        Enrollment.State state = Enrollment.State.ENROLLED;
        for (Enrollment.StateChange change : enrollment.history()) {
            if (!change.at().isAfter(at)) {
                state = change.to();
            }
        }
        return state;
    }

    /** The instant after which no enrollment can be paid for the month (its start must be before it). */
    public static Instant endOf(YearMonth month, ZoneId zone) {
        return month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
    }
}
