package cn.gov.zhushan.plan.indicator.report;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

import cn.gov.zhushan.plan.indicator.regions.RegionRepository;

/** Gathers a report's data: this service's store, then project-, livelihood- and tourism-service through their APIs. */
@Component
class ReportSources {

    /** The indicators the report states, and the order of the next year's targets (the seed's order). */
    static final List<String> INDICATORS = List.of("GDP", "INDUSTRIAL_VALUE_ADDED", "FIXED_ASSET_INVESTMENT",
            "RETAIL_SALES", "SERVICES_REVENUE", "BUDGET_REVENUE", "BUDGET_EXPENDITURE", "URBAN_DISPOSABLE_INCOME",
            "NEW_FIVE_ABOVE_ENTERPRISES", "NEW_MARKET_ENTITIES", "INVENTION_PATENTS_PER_10K", "AIR_GOOD_DAYS_RATIO",
            "PM25_ANNUAL_MEAN");
    static final List<String> TARGET_ORDER = List.of("GDP", "INDUSTRIAL_VALUE_ADDED", "FIXED_ASSET_INVESTMENT",
            "RETAIL_SALES", "BUDGET_REVENUE", "URBAN_DISPOSABLE_INCOME");
    /** project-service lists at most 200 per page. */
    private static final int PAGE = 200;

    private final LocalFigures local;
    private final RemoteSources remote;
    private final RegionRepository regions;
    private final ReportProperties properties;
    private final Clock clock;
    /** Each read ends within the breaker's time limit, so these threads are never held for long. */
    private final ExecutorService readers = Executors.newFixedThreadPool(3, runnable -> {
        Thread thread = new Thread(runnable, "report-reader");
        thread.setDaemon(true);
        return thread;
    });

    ReportSources(LocalFigures local, RemoteSources remote, RegionRepository regions, ReportProperties properties, Clock clock) {
        this.local = local;
        this.remote = remote;
        this.regions = regions;
        this.properties = properties;
        this.clock = clock;
    }

    @PreDestroy
    void close() {
        readers.shutdown();
    }

    ReportData gather(int year) {
        String region = properties.region();
        Map<String, Fetched<ReportData.IndicatorReading>> indicators = new LinkedHashMap<>();
        INDICATORS.forEach(code -> indicators.put(code, local.annual(code, region, year)));
        RemoteSources.Session session = remote.session();
        String regionName = regions.findById(region).map(r -> r.nameZh()).orElse(region);
        // the three services are read side by side: a slow one costs its time limit once, not added to the others'
        CompletableFuture<ProjectReads> projects = CompletableFuture.supplyAsync(() -> new ProjectReads(
                session.get(RemoteSources.PROJECTS, "/api/v1/projects/portfolio/" + year, ProjectApi.Portfolio.class),
                projects(session),
                session.get(RemoteSources.PROJECTS, "/api/v1/projects/funding-totals?year=" + year, ProjectApi.FundingTotals.class),
                session.get(RemoteSources.PROJECTS, "/api/v1/projects/promotion/statistics/" + year,
                        ProjectApi.PromotionStatistics.class)), readers);
        CompletableFuture<Fetched<List<LivelihoodApi.ProgramYear>>> summary = CompletableFuture.supplyAsync(() ->
                session.get(RemoteSources.LIVELIHOOD, "/api/v1/livelihood/summary/" + year,
                        new ParameterizedTypeReference<List<LivelihoodApi.ProgramYear>>() { }), readers);
        CompletableFuture<Fetched<Long>> arrivals = CompletableFuture.supplyAsync(() -> holidayArrivals(session, year), readers);
        Fetched<LivelihoodApi.EmploymentYear> employment = session.get(RemoteSources.LIVELIHOOD,
                "/api/v1/livelihood/employment/statistics/" + year, LivelihoodApi.EmploymentYear.class);
        Fetched<TourismApi.ComplaintStatistics> complaints = session.get(RemoteSources.TOURISM,
                "/api/v1/tourism/complaints/statistics?from=" + year + "-01-01&to=" + year + "-12-31&category=INTEGRITY_REFUND",
                TourismApi.ComplaintStatistics.class);
        Fetched<List<ReportData.TargetLine>> targets = local.targets(region, year + 1, TARGET_ORDER);
        ProjectReads p = projects.join();
        return new ReportData(year, regionName, indicators, targets, p.portfolio(), p.projects(), p.funding(), p.promotion(),
                summary.join(), employment, arrivals.join(), complaints);
    }

    private record ProjectReads(Fetched<ProjectApi.Portfolio> portfolio, Fetched<List<ProjectApi.Project>> projects,
                                Fetched<ProjectApi.FundingTotals> funding, Fetched<ProjectApi.PromotionStatistics> promotion) {
    }

    /** Every registered project, page by page (their city-list flag and funding entries). */
    private Fetched<List<ProjectApi.Project>> projects(RemoteSources.Session session) {
        List<ProjectApi.Project> all = new ArrayList<>();
        Fetched<ProjectApi.Page<ProjectApi.Project>> page;
        int number = 0;
        do {
            page = session.get(RemoteSources.PROJECTS, "/api/v1/projects?size=" + PAGE + "&page=" + number++,
                    new ParameterizedTypeReference<ProjectApi.Page<ProjectApi.Project>>() { });
            if (page.value() == null) {
                return Fetched.failed(page.source(), page.failure());
            }
            all.addAll(page.value().items());
        } while (all.size() < page.value().total() && !page.value().items().isEmpty());
        return Fetched.of(all, new SourceRef(RemoteSources.PROJECTS, "GET /api/v1/projects", "/api/v1/projects", clock.instant()));
    }

    /** The district's arrivals summed over the year's statutory holidays; missing if any holiday cannot be read. */
    private Fetched<Long> holidayArrivals(RemoteSources.Session session, int year) {
        Fetched<List<TourismApi.Holiday>> holidays = session.get(RemoteSources.TOURISM, "/api/v1/tourism/holidays?year=" + year,
                new ParameterizedTypeReference<List<TourismApi.Holiday>>() { });
        if (holidays.value() == null || holidays.value().isEmpty()) {
            return Fetched.failed(holidays.source(), holidays.failure() == null ? "无此记录" : holidays.failure());
        }
        long total = 0;
        for (TourismApi.Holiday holiday : holidays.value()) {
            Fetched<TourismApi.HolidayFootfall> footfall = session.get(RemoteSources.TOURISM,
                    "/api/v1/tourism/holidays/" + year + "/" + holiday.code() + "/footfall", TourismApi.HolidayFootfall.class);
            if (footfall.value() == null || footfall.value().districtArrivals() == null) {
                return Fetched.failed(footfall.source(), footfall.failure() == null ? "记录中无此数" : footfall.failure());
            }
            total += footfall.value().districtArrivals().current();
        }
        return Fetched.of(total, new SourceRef(RemoteSources.TOURISM, "GET /api/v1/tourism/holidays/" + year
                + "/{code}/footfall × " + holidays.value().size(), "/api/v1/tourism/holidays?year=" + year, clock.instant()));
    }
}
