package cn.gov.zhushan.plan.project.lifecycle;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** @param effectiveOn the day the project entered the stage (Asia/Shanghai), never in the future */
public record StageChangeRequest(@NotNull ProjectStage stage, @NotNull @PastOrPresent LocalDate effectiveOn,
                                 @Size(max = 1000) String reason) {
}
