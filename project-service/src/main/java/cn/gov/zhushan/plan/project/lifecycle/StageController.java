package cn.gov.zhushan.plan.project.lifecycle;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.zhushan.plan.project.registry.ProjectCodes;
import cn.gov.zhushan.plan.project.registry.ProjectView;

@RestController
@Validated
@RequestMapping("/api/v1/projects/{code}/stage-changes")
class StageController {

    private final StageTransitions transitions;

    StageController(StageTransitions transitions) {
        this.transitions = transitions;
    }

    /** Moves the project to another stage; a transition the lifecycle does not allow is a 409 naming the allowed ones. */
    @PostMapping
    ProjectView move(@PathVariable @Pattern(regexp = ProjectCodes.PATTERN) String code,
                     @Valid @RequestBody StageChangeRequest request, @AuthenticationPrincipal Jwt caller) {
        return ProjectView.of(transitions.move(code, request, caller.getSubject()));
    }
}
