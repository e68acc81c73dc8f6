package cn.gov.zhushan.plan.project.progress;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;

import org.springframework.stereotype.Service;

import cn.gov.zhushan.plan.project.registry.ProjectChanges;
import cn.gov.zhushan.plan.project.registry.ProjectChanges.Outcome;
import cn.gov.zhushan.plan.platform.time.PlatformTime;

/**
 * Records monthly progress. The new figures and the investment-reported event are saved in one
 * single-document write; reporting the same figures again changes nothing and publishes nothing.
 */
@Service
public class ProgressReporting {

    public static final ZoneId DISTRICT_TIME = PlatformTime.DISTRICT_ZONE;

    private final ProjectChanges changes;
    private final Clock clock;

    public ProgressReporting(ProjectChanges changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    /** Returns true if the report changed the project. */
    public boolean report(String code, YearMonth month, ProgressReportRequest request, String reportedBy) {
        ProgressRules.requireNotFuture(month, YearMonth.now(clock.withZone(DISTRICT_TIME)));
        return changes.apply(code, project -> {
            MonthlyProgress report = new MonthlyProgress(month.toString(), request.investmentCompleted(),
                    request.physicalProgressPercent(), request.notes(), reportedBy, Instant.now(clock));
            if (project.progressFor(month).filter(report::sameFiguresAs).isPresent()) {
                return Outcome.unchanged(false);
            }
            project.record(report);
            InvestmentReported data = new InvestmentReported(project.code(), project.name(), project.onCityList(),
                    month.getYear(), month.toString(), report.investmentCompleted(), project.yearToDate(month),
                    project.annualPlan(month.getYear()).orElse(null), report.physicalProgressPercent(),
                    project.nextSequence(), "CNY");
            project.publish(changes.events().create(InvestmentReported.EVENT, project.code(),
                    "projects/" + project.code(), data));
            return Outcome.changed(true);
        }).result();
    }
}
