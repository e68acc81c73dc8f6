package cn.gov.zhushan.plan.project.milestones;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

public record MilestoneRequest(@NotBlank @Size(max = 200) String name, @NotNull LocalDate dueOn,
                               @PastOrPresent LocalDate metOn) {
}
