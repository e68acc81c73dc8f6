package cn.gov.zhushan.plan.project.milestones;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.zhushan.plan.project.registry.ProjectChanges;
import cn.gov.zhushan.plan.project.registry.ProjectChanges.Outcome;
import cn.gov.zhushan.plan.project.registry.ProjectCodes;
import cn.gov.zhushan.plan.project.registry.ProjectView;

@RestController
@Validated
@RequestMapping("/api/v1/projects/{code}/milestones")
class MilestoneController {

    private final ProjectChanges changes;

    MilestoneController(ProjectChanges changes) {
        this.changes = changes;
    }

    /** Idempotent by project + milestone id. */
    @PutMapping("/{milestoneId}")
    ProjectView put(@PathVariable @Pattern(regexp = ProjectCodes.PATTERN) String code,
                    @PathVariable @Pattern(regexp = "[A-Za-z0-9-]{1,40}") String milestoneId,
                    @Valid @RequestBody MilestoneRequest request) {
        return ProjectView.of(changes.apply(code, project -> {
            boolean reported = project.milestones().stream()
                    .anyMatch(m -> m.milestoneId().equals(milestoneId) && m.overdueReported() && m.dueOn().equals(request.dueOn()));
            project.putMilestone(new Milestone(milestoneId, request.name(), request.dueOn(), request.metOn(), reported));
            return Outcome.changed(project);
        }).result());
    }
}
