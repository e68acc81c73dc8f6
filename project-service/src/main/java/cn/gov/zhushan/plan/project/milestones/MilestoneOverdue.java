package cn.gov.zhushan.plan.project.milestones;

import java.time.LocalDate;

/** Data of {@code cn.gov.zhushan.plan.projects.milestone-overdue.v1}. */
public record MilestoneOverdue(String projectCode, String milestoneId, String name, LocalDate dueOn,
                               LocalDate detectedOn, long sequence) {

    public static final String EVENT = "milestone-overdue";
}
