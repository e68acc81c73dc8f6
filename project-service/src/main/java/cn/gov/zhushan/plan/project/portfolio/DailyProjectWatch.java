package cn.gov.zhushan.plan.project.portfolio;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.gov.zhushan.plan.project.milestones.Milestone;
import cn.gov.zhushan.plan.project.milestones.MilestoneOverdue;
import cn.gov.zhushan.plan.project.progress.ProgressReporting;
import cn.gov.zhushan.plan.project.registry.Project;
import cn.gov.zhushan.plan.project.registry.ProjectChanges;
import cn.gov.zhushan.plan.project.registry.ProjectChanges.Outcome;

/**
 * Once a day (Asia/Shanghai): publishes milestone-overdue for every milestone past its due date and not
 * met, and project-lagging for every project behind the year's pace, each only once (a flag on the
 * project, written with the event).
 */
@Component
public class DailyProjectWatch {

    private final MongoTemplate mongo;
    private final ProjectChanges changes;
    private final PortfolioSettings settings;
    private final Clock clock;

    public DailyProjectWatch(MongoTemplate mongo, ProjectChanges changes, PortfolioSettings settings, Clock clock) {
        this.mongo = mongo;
        this.changes = changes;
        this.settings = settings;
        this.clock = clock;
    }

    // one replica per day (ADR 0007); held at least 5 min so a replica whose clock lags does not run it again
    @Scheduled(cron = "${project.watch.cron:0 15 0 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "project.daily-watch", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    public void runDaily() {
        run(LocalDate.now(clock.withZone(ProgressReporting.DISTRICT_TIME)));
    }

    /** Returns the number of events published. */
    public int run(LocalDate today) {
        int published = 0;
        List<Project> projects = mongo.findAll(Project.class);
        for (Project project : projects) {
            for (Milestone milestone : project.milestones()) {
                if (milestone.overdueOn(today) && !milestone.overdueReported()) {
                    published += changes.apply(project.code(), p -> overdue(p, milestone.milestoneId(), today)).result();
                }
            }
        }
        YearMonth month = YearMonth.from(today);
        Portfolio portfolio = Portfolio.of(today.getYear(), month, projects, settings.laggingMarginPercent());
        for (Portfolio.LaggingProject lagging : portfolio.lagging()) {
            published += changes.apply(lagging.code(), p -> lagging(p, lagging, month)).result();
        }
        return published;
    }

    private Outcome<Integer> overdue(Project project, String milestoneId, LocalDate today) {
        Milestone current = project.milestones().stream().filter(m -> m.milestoneId().equals(milestoneId))
                .findFirst().orElse(null);
        if (current == null || current.overdueReported() || !current.overdueOn(today)) {
            return Outcome.unchanged(0);
        }
        project.markOverdueReported(milestoneId);
        project.publish(changes.events().create(MilestoneOverdue.EVENT, project.code(),
                "projects/" + project.code() + "/milestones/" + milestoneId,
                new MilestoneOverdue(project.code(), milestoneId, current.name(), current.dueOn(), today,
                        project.nextSequence())));
        return Outcome.changed(1);
    }

    private Outcome<Integer> lagging(Project project, Portfolio.LaggingProject lagging, YearMonth month) {
        if (project.laggingReportedFor(month.toString())) {
            return Outcome.unchanged(0);
        }
        project.markLaggingReported(month.toString());
        project.publish(changes.events().create(ProjectLagging.EVENT, project.code(), "projects/" + project.code(),
                new ProjectLagging(project.code(), month.toString(), lagging.annualPlanned(), lagging.completed(),
                        lagging.completionPercent(), lagging.yearElapsedPercent(), project.nextSequence())));
        return Outcome.changed(1);
    }
}
