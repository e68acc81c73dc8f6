package cn.gov.zhushan.plan.project.lifecycle;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Service;

import cn.gov.zhushan.plan.platform.web.BusinessRuleException;
import cn.gov.zhushan.plan.project.progress.ProgressReporting;
import cn.gov.zhushan.plan.project.registry.Project;
import cn.gov.zhushan.plan.project.registry.ProjectChanges;
import cn.gov.zhushan.plan.project.registry.ProjectChanges.Outcome;

/** Moves projects through their lifecycle and publishes stage-changed with the change. */
@Service
public class StageTransitions {

    private final ProjectChanges changes;
    private final Clock clock;

    public StageTransitions(ProjectChanges changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    public Project move(String code, StageChangeRequest request, String by) {
        if (request.effectiveOn().isAfter(LocalDate.now(clock.withZone(ProgressReporting.DISTRICT_TIME)))) {
            throw new BusinessRuleException("effectiveOn must not be in the future.");
        }
        return changes.apply(code, project -> {
            StageChange change = project.moveTo(request.stage(), request.effectiveOn(), by, Instant.now(clock),
                    request.reason());
            project.publish(changes.events().create(StageChanged.EVENT, project.code(), "projects/" + project.code(),
                    new StageChanged(project.code(), change.from(), change.to(), change.effectiveOn(), by,
                            project.nextSequence())));
            return Outcome.changed(project);
        }).result();
    }
}
