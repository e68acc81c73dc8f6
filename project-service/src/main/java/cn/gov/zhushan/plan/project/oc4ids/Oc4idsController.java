package cn.gov.zhushan.plan.project.oc4ids;

import jakarta.validation.constraints.Pattern;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.zhushan.plan.project.registry.ProjectCodes;
import cn.gov.zhushan.plan.project.registry.ProjectRegistry;

@RestController
@Validated
@RequestMapping("/api/v1/projects/{code}/oc4ids")
class Oc4idsController {

    private final ProjectRegistry registry;

    Oc4idsController(ProjectRegistry registry) {
        this.registry = registry;
    }

    @GetMapping
    Oc4idsProject export(@PathVariable @Pattern(regexp = ProjectCodes.PATTERN) String code) {
        return Oc4idsExport.of(registry.get(code));
    }
}
