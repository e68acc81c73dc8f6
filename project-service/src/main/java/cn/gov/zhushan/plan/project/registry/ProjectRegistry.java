package cn.gov.zhushan.plan.project.registry;

import java.time.Clock;
import java.time.Instant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

import cn.gov.zhushan.plan.platform.data.MongoPages;
import cn.gov.zhushan.plan.platform.events.DomainEvents;
import cn.gov.zhushan.plan.platform.web.BusinessRuleException;
import cn.gov.zhushan.plan.platform.web.ConflictException;
import cn.gov.zhushan.plan.platform.web.NotFoundException;
import cn.gov.zhushan.plan.project.lifecycle.ProjectStage;

/** Registers, describes, plans and finds key projects. */
@Service
public class ProjectRegistry {

    private final ProjectRepository projects;
    private final MongoTemplate mongo;
    private final DomainEvents events;
    private final Clock clock;

    public ProjectRegistry(ProjectRepository projects, MongoTemplate mongo, DomainEvents events, Clock clock) {
        this.projects = projects;
        this.mongo = mongo;
        this.events = events;
        this.clock = clock;
    }

    /** Registers a new project; a code that exists already is a 409. */
    public Project register(RegisterProjectRequest request, String by) {
        if (ProjectCodes.isReserved(request.code())) {
            throw new BusinessRuleException("The code " + request.code() + " is reserved: /api/v1/projects/"
                    + request.code() + " names another resource. Choose another code.");
        }
        Project project = new Project(request.code(), request.description());
        if (request.annualPlans() != null) {
            request.annualPlans().forEach((year, amount) -> project.planYear(Integer.parseInt(year), amount, by, Instant.now(clock)));
        }
        project.publish(events.create(ProjectRegistered.EVENT, project.code(), subject(project),
                new ProjectRegistered(project.code(), request.name(), request.category(), request.ownerUnit(),
                        project.onCityList(), request.totalPlannedInvestment(), project.nextSequence())));
        try {
            return projects.insert(project);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("A project with code " + request.code() + " is already registered.");
        }
    }

    public Project describe(String code, ProjectDescription description) {
        Project project = get(code);
        project.describe(description);
        return projects.save(project);
    }

    /** Sets a year's planned investment; a changed figure keeps the old one as a revision. */
    public Project planYear(String code, int year, PlanYearRequest request, String by) {
        Project project = get(code);
        project.planYear(year, request.plannedInvestment(), by, Instant.now(clock));
        return projects.save(project);
    }

    public Project get(String code) {
        return projects.findById(code).orElseThrow(() -> new NotFoundException("No project with code " + code + "."));
    }

    public Page<Project> list(ProjectStage stage, ProjectCategory category, Boolean onCityList, Pageable page) {
        Criteria criteria = new Criteria();
        if (stage != null) {
            criteria = criteria.and("stage").is(stage);
        }
        if (category != null) {
            criteria = criteria.and("category").is(category);
        }
        if (onCityList != null) {
            criteria = criteria.and("onCityList").is(onCityList);
        }
        return MongoPages.find(mongo, criteria, page, Project.class);
    }

    static String subject(Project project) {
        return "projects/" + project.code();
    }
}
