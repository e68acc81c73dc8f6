package cn.gov.zhushan.plan.project.registry;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import cn.gov.zhushan.plan.platform.web.NotFoundException;

/** Registers and finds key projects. */
@Service
public class ProjectRegistry {

    private final ProjectRepository projects;

    public ProjectRegistry(ProjectRepository projects) {
        this.projects = projects;
    }

    /** Creates or updates the project under its code (PUT semantics: the same request twice changes nothing). */
    public Project register(String code, RegisterProjectRequest request) {
        Project project = projects.findById(code).orElseGet(() -> new Project(code, request.name(), request.category(),
                request.ownerUnit(), request.onCityList(), request.totalPlannedInvestment()));
        project.describe(request.name(), request.category(), request.ownerUnit(), request.onCityList(),
                request.totalPlannedInvestment());
        if (request.annualPlans() != null) {
            request.annualPlans().forEach((year, amount) -> project.planYear(Integer.parseInt(year), amount));
        }
        return projects.save(project);
    }

    public Project get(String code) {
        return projects.findById(code).orElseThrow(() -> new NotFoundException("No project with code " + code + "."));
    }

    public Page<Project> list(Pageable page) {
        return projects.findAll(page);
    }
}
