package cn.gov.zhushan.plan.project.lifecycle;

import static cn.gov.zhushan.plan.project.lifecycle.ProjectStage.CANCELLED;
import static cn.gov.zhushan.plan.project.lifecycle.ProjectStage.COMPLETED;
import static cn.gov.zhushan.plan.project.lifecycle.ProjectStage.IN_OPERATION;
import static cn.gov.zhushan.plan.project.lifecycle.ProjectStage.NEGOTIATION;
import static cn.gov.zhushan.plan.project.lifecycle.ProjectStage.SIGNED;
import static cn.gov.zhushan.plan.project.lifecycle.ProjectStage.SUSPENDED;
import static cn.gov.zhushan.plan.project.lifecycle.ProjectStage.UNDER_CONSTRUCTION;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.gov.zhushan.plan.platform.web.ConflictException;

/**
 * The lifecycle's state machine. A suspended project resumes to the stage it was suspended from.
 */
public final class ProjectLifecycle {

    private static final Map<ProjectStage, Set<ProjectStage>> FORWARD = Map.of(
            NEGOTIATION, EnumSet.of(SIGNED, CANCELLED),
            SIGNED, EnumSet.of(UNDER_CONSTRUCTION, SUSPENDED, CANCELLED),
            UNDER_CONSTRUCTION, EnumSet.of(COMPLETED, SUSPENDED, CANCELLED),
            COMPLETED, EnumSet.of(IN_OPERATION),
            IN_OPERATION, EnumSet.noneOf(ProjectStage.class),
            CANCELLED, EnumSet.noneOf(ProjectStage.class));

    private ProjectLifecycle() {
    }

    /** The stages a project may move to from {@code current}; {@code suspendedFrom} matters only when suspended. */
    public static Set<ProjectStage> allowed(ProjectStage current, ProjectStage suspendedFrom) {
        if (current == SUSPENDED) {
            return EnumSet.of(suspendedFrom == null ? SIGNED : suspendedFrom, CANCELLED);
        }
        return FORWARD.get(current);
    }

    /** Refuses a transition that the state machine does not allow, naming the allowed ones (409). */
    public static void requireAllowed(ProjectStage current, ProjectStage suspendedFrom, ProjectStage target) {
        Set<ProjectStage> allowed = allowed(current, suspendedFrom);
        if (!allowed.contains(target)) {
            List<String> names = allowed.stream().map(Enum::name).sorted().toList();
            throw new ConflictException("A project in stage " + current + " cannot move to " + target
                    + "; allowed: " + (names.isEmpty() ? "none (final stage)" : String.join(", ", names)) + ".");
        }
    }
}
