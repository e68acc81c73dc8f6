package cn.gov.zhushan.plan.project.registry;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.zhushan.plan.platform.web.PageView;

@RestController
@Validated
@RequestMapping("/api/v1/projects")
class ProjectController {

    static final String CODE = "[A-Za-z0-9-]{1,40}";

    private final ProjectRegistry registry;

    ProjectController(ProjectRegistry registry) {
        this.registry = registry;
    }

    @PutMapping("/{code}")
    ProjectView register(@PathVariable @Pattern(regexp = CODE) String code, @Valid @RequestBody RegisterProjectRequest request) {
        return ProjectView.of(registry.register(code, request));
    }

    @GetMapping("/{code}")
    ProjectView get(@PathVariable @Pattern(regexp = CODE) String code) {
        return ProjectView.of(registry.get(code));
    }

    @GetMapping
    PageView<ProjectView> list(@RequestParam(defaultValue = "0") @Min(0) int page,
                               @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return PageView.of(registry.list(PageRequest.of(page, size, Sort.by("_id"))).map(ProjectView::of));
    }
}
