package cn.gov.zhushan.plan.project.lifecycle;

import static cn.gov.zhushan.plan.project.lifecycle.ProjectStage.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.gov.zhushan.plan.platform.web.ConflictException;
import cn.gov.zhushan.plan.project.registry.Project;
import cn.gov.zhushan.plan.project.registry.ProjectCategory;
import cn.gov.zhushan.plan.project.registry.ProjectDescription;

class ProjectLifecycleTest {

    @Test
    void theHappyPathRunsFromNegotiationToOperation() {
        Project project = new Project("P", new ProjectDescription("n", ProjectCategory.INDUSTRY, "u", null, null, null,
                false, BigDecimal.ONE, null, null));
        LocalDate day = LocalDate.of(2024, 1, 1);
        for (ProjectStage next : new ProjectStage[] {SIGNED, UNDER_CONSTRUCTION, COMPLETED, IN_OPERATION}) {
            project.moveTo(next, day, "dr", Instant.EPOCH, null);
            day = day.plusMonths(1);
        }
        assertThat(project.stage()).isEqualTo(IN_OPERATION);
        assertThat(project.constructionStartedOn()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(project.stageHistory()).extracting(StageChange::to)
                .containsExactly(SIGNED, UNDER_CONSTRUCTION, COMPLETED, IN_OPERATION);
    }

    @Test
    void aSuspendedProjectResumesWhereItStopped() {
        assertThat(ProjectLifecycle.allowed(SUSPENDED, UNDER_CONSTRUCTION)).containsExactlyInAnyOrder(UNDER_CONSTRUCTION, CANCELLED);
        assertThat(ProjectLifecycle.allowed(SUSPENDED, SIGNED)).containsExactlyInAnyOrder(SIGNED, CANCELLED);
    }

    @Test
    void anInvalidTransitionNamesTheAllowedOnes() {
        assertThatThrownBy(() -> ProjectLifecycle.requireAllowed(NEGOTIATION, null, COMPLETED))
                .isInstanceOf(ConflictException.class).hasMessageContaining("allowed: CANCELLED, SIGNED");
        assertThatThrownBy(() -> ProjectLifecycle.requireAllowed(CANCELLED, null, SIGNED))
                .isInstanceOf(ConflictException.class).hasMessageContaining("final stage");
        assertThatThrownBy(() -> ProjectLifecycle.requireAllowed(IN_OPERATION, null, SUSPENDED))
                .isInstanceOf(ConflictException.class);
    }
}
