package cn.gov.zhushan.plan.indicator.report;

import java.time.Clock;

import org.springframework.stereotype.Service;

/** Writes the year's execution report from live data. */
@Service
public class PlanExecutionReports {

    private final ReportSources sources;
    private final Clock clock;

    PlanExecutionReports(ReportSources sources, Clock clock) {
        this.sources = sources;
        this.clock = clock;
    }

    public ReportDocument write(int year) {
        return ExecutionReportComposer.compose(sources.gather(year), clock.instant());
    }
}
