package cn.gov.zhushan.plan.project.progress;

import java.time.YearMonth;

import cn.gov.zhushan.plan.platform.web.BusinessRuleException;

/** What a monthly report may claim. Plain rules, testable without Spring. */
public final class ProgressRules {

    private ProgressRules() {
    }

    /** Progress can only be reported for a month that has begun (days are Asia/Shanghai days). */
    public static void requireNotFuture(YearMonth month, YearMonth current) {
        if (month.isAfter(current)) {
            throw new BusinessRuleException("Progress for " + month + " cannot be reported before that month ("
                    + "current month is " + current + ").");
        }
    }
}
