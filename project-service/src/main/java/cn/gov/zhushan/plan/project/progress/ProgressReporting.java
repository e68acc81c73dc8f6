package cn.gov.zhushan.plan.project.progress;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;

import org.springframework.stereotype.Service;

import cn.gov.zhushan.plan.platform.events.DomainEvents;
import cn.gov.zhushan.plan.project.registry.Project;
import cn.gov.zhushan.plan.project.registry.ProjectRegistry;
import cn.gov.zhushan.plan.project.registry.ProjectRepository;

/**
 * Records monthly progress. The new figures and the investment-reported event are saved in one
 * single-document write; reporting the same figures again changes nothing and publishes nothing.
 */
@Service
public class ProgressReporting {

    static final ZoneId DISTRICT_TIME = ZoneId.of("Asia/Shanghai");

    private final ProjectRegistry registry;
    private final ProjectRepository projects;
    private final DomainEvents events;
    private final Clock clock;

    public ProgressReporting(ProjectRegistry registry, ProjectRepository projects, DomainEvents events, Clock clock) {
        this.registry = registry;
        this.projects = projects;
        this.events = events;
        this.clock = clock;
    }

    /** Returns true if the report changed the project. */
    public boolean report(String code, YearMonth month, ProgressReportRequest request, String reportedBy) {
        ProgressRules.requireNotFuture(month, YearMonth.now(clock.withZone(DISTRICT_TIME)));
        Project project = registry.get(code);
        MonthlyProgress report = new MonthlyProgress(month.toString(), request.investmentCompleted(),
                request.physicalProgressPercent(), request.notes(), reportedBy, Instant.now(clock));
        if (project.progressFor(month).filter(report::sameFiguresAs).isPresent()) {
            return false;
        }
        project.record(report);
        InvestmentReported data = new InvestmentReported(project.code(), project.name(), project.onCityList(),
                month.getYear(), month.toString(), report.investmentCompleted(), project.yearToDate(month),
                project.annualPlan(month.getYear()).orElse(null), report.physicalProgressPercent(),
                project.nextSequence(), "CNY");
        project.publish(events.create(InvestmentReported.EVENT, project.code(), "projects/" + project.code(), data));
        projects.save(project);
        return true;
    }
}
