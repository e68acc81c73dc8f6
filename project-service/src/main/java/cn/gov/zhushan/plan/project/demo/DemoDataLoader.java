package cn.gov.zhushan.plan.project.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import cn.gov.zhushan.plan.project.funding.FundingLedger;
import cn.gov.zhushan.plan.project.lifecycle.ProjectStage;
import cn.gov.zhushan.plan.project.portfolio.PortfolioPlan;
import cn.gov.zhushan.plan.project.lifecycle.StageChangeRequest;
import cn.gov.zhushan.plan.project.lifecycle.StageTransitions;
import cn.gov.zhushan.plan.project.progress.ProgressReportRequest;
import cn.gov.zhushan.plan.project.progress.ProgressReporting;
import cn.gov.zhushan.plan.project.registry.Project;
import cn.gov.zhushan.plan.project.registry.ProjectDescription;
import cn.gov.zhushan.plan.project.registry.ProjectRegistry;
import cn.gov.zhushan.plan.project.registry.ProjectRepository;
import cn.gov.zhushan.plan.project.registry.RegisterProjectRequest;

/**
 * Loads the 2024 portfolio through the same services the API uses, so its events flow to the other
 * services exactly like real reports. Projects that exist already are left alone.
 */
@Component
@ConditionalOnBooleanProperty("platform.demo-data.enabled")
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final String DEMO_CLIENT = "demo-data";
    /** Names earlier demo loads gave 2024 projects that the report names as 2025 work. */
    private static final java.util.Set<String> SUPERSEDED_NAMES = java.util.Set.of("湖田窑及观音阁遗址保护提升工程",
            "南河左岸片区新田畈段防洪设施提升工程", "人民广场周边排水管网及设施建设工程", "湖田排涝站项目", "老鸦滩城市更新项目");

    private final ProjectRepository projects;
    private final ProjectRegistry registry;
    private final StageTransitions transitions;
    private final ProgressReporting reporting;
    private final FundingLedger funding;
    private final MongoTemplate mongo;

    DemoDataLoader(ProjectRepository projects, ProjectRegistry registry, StageTransitions transitions,
                   ProgressReporting reporting, FundingLedger funding, MongoTemplate mongo) {
        this.mongo = mongo;
        this.projects = projects;
        this.registry = registry;
        this.transitions = transitions;
        this.reporting = reporting;
        this.funding = funding;
    }

    @Override
    public void run(ApplicationArguments args) {
        int changed = 0;
        for (DemoPortfolio2024.DemoProject demo : DemoPortfolio2024.projects()) {
            changed += load(demo) ? 1 : 0;
        }
        log.info("Demo data: 2024 key projects checked, {} of {} needed loading", changed, DemoPortfolio2024.PROJECTS);
        int entries = 0;
        for (DemoFunding2024.DemoFunding demo : DemoFunding2024.entries()) {
            // an entry already there (loaded before, or moved on by a user since) is left alone
            if (registry.get(demo.projectCode()).fundingEntry(demo.entryId()).isEmpty()) {
                funding.put(demo.projectCode(), demo.entryId(), demo.request());
                entries++;
            }
        }
        log.info("Demo data: 2024 funding entries checked, {} of {} needed loading", entries,
                DemoFunding2024.entries().size());
        if (mongo.findById(DemoPlan2025.YEAR, PortfolioPlan.class) == null) {
            mongo.save(DemoPlan2025.plan().toPlan(DemoPlan2025.YEAR));
            log.info("Demo data: the 2025 key-project plan loaded");
        }
    }

    /**
     * Every step is idempotent and checked on its own, so a load interrupted half-way (the process was
     * stopped) is completed by the next start rather than left partial.
     */
    private boolean load(DemoPortfolio2024.DemoProject demo) {
        boolean changed = false;
        if (!projects.existsById(demo.code())) {
            registry.register(new RegisterProjectRequest(demo.code(), demo.name(), demo.category(), "珠山区发展和改革委员会",
                    null, null, null, demo.onCityList(), demo.totalPlanned(), LocalDate.of(2024, 1, 1),
                    LocalDate.of(2026, 12, 31), Map.of("2024", demo.annualPlanned())), DEMO_CLIENT);
            changed = true;
        }
        if (registry.get(demo.code()).stage() == ProjectStage.NEGOTIATION) {
            transitions.move(demo.code(), new StageChangeRequest(ProjectStage.SIGNED, LocalDate.of(2023, 12, 1), null), DEMO_CLIENT);
            changed = true;
        }
        if (registry.get(demo.code()).stage() == ProjectStage.SIGNED) {
            transitions.move(demo.code(), new StageChangeRequest(ProjectStage.UNDER_CONSTRUCTION, LocalDate.of(2024, 1, 1), null), DEMO_CLIENT);
            changed = true;
        }
        Project project = registry.get(demo.code());
        if (SUPERSEDED_NAMES.contains(project.name())) {
            // an earlier demo load put one of the report's 2025 works into 2024 under this code
            ProjectDescription d = project.description();
            project = registry.describe(demo.code(), new ProjectDescription(demo.name(), demo.category(), d.ownerUnit(),
                    d.address(), d.latitude(), d.longitude(), d.onCityList(), d.totalPlannedInvestment(),
                    d.plannedStart(), d.plannedCompletion()));
            changed = true;
        }
        for (int month = 1; month <= 12; month++) {
            if (project.progressFor(YearMonth.of(2024, month)).isPresent()) {
                continue; // loaded before, or corrected by a user since: leave it
            }
            BigDecimal amount = demo.monthly().get(month - 1);
            changed |= reporting.report(demo.code(), YearMonth.of(2024, month), new ProgressReportRequest(amount, null, null),
                    DEMO_CLIENT);
        }
        return changed;
    }
}
