package cn.gov.zhushan.plan.project.registry;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.zhushan.plan.platform.web.PageView;
import cn.gov.zhushan.plan.project.lifecycle.ProjectStage;

@RestController
@Validated
@RequestMapping("/api/v1/projects")
class ProjectController {

    private final ProjectRegistry registry;

    ProjectController(ProjectRegistry registry) {
        this.registry = registry;
    }

    @PostMapping
    ResponseEntity<ProjectView> register(@Valid @RequestBody RegisterProjectRequest request,
                                         @AuthenticationPrincipal Jwt caller) {
        Project project = registry.register(request, caller.getSubject());
        return ResponseEntity.created(URI.create("/api/v1/projects/" + project.code())).body(ProjectView.of(project));
    }

    @PutMapping("/{code}")
    ProjectView describe(@PathVariable @Pattern(regexp = ProjectCodes.PATTERN) String code,
                         @Valid @RequestBody ProjectDescription description) {
        return ProjectView.of(registry.describe(code, description));
    }

    @PutMapping("/{code}/plans/{year}")
    ProjectView planYear(@PathVariable @Pattern(regexp = ProjectCodes.PATTERN) String code,
                         @PathVariable @Min(2000) @Max(2100) int year, @Valid @RequestBody PlanYearRequest request,
                         @AuthenticationPrincipal Jwt caller) {
        return ProjectView.of(registry.planYear(code, year, request, caller.getSubject()));
    }

    @GetMapping("/{code}")
    ProjectView get(@PathVariable @Pattern(regexp = ProjectCodes.PATTERN) String code) {
        return ProjectView.of(registry.get(code));
    }

    @GetMapping
    PageView<ProjectView> list(@RequestParam(required = false) ProjectStage stage,
                               @RequestParam(required = false) ProjectCategory category,
                               @RequestParam(required = false) Boolean onCityList,
                               @RequestParam(defaultValue = "0") @Min(0) int page,
                               @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return PageView.of(registry.list(stage, category, onCityList, PageRequest.of(page, size, Sort.by("_id")))
                .map(ProjectView::of));
    }
}
