package cn.gov.zhushan.plan.project.lifecycle;

import java.time.LocalDate;

/** Data of {@code cn.gov.zhushan.plan.projects.stage-changed.v1}. */
public record StageChanged(String projectCode, ProjectStage from, ProjectStage to, LocalDate effectiveOn,
                           String changedBy, long sequence) {

    public static final String EVENT = "stage-changed";
}
