package cn.gov.zhushan.plan.project.lifecycle;

import java.time.Instant;
import java.time.LocalDate;

/** One dated, attributed transition of a project's lifecycle. */
public record StageChange(ProjectStage from, ProjectStage to, LocalDate effectiveOn, String changedBy,
                          Instant recordedAt, String reason) {
}
