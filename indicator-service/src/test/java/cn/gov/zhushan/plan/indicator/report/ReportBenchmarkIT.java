package cn.gov.zhushan.plan.indicator.report;

import java.util.Arrays;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.gov.zhushan.plan.platform.test.PlatformIntegrationTest;

/**
 * Not a test (it asserts nothing, and runs only with {@code -Dreport.benchmark=true}): times the 2024 report as HTML
 * and DOCX, end to end through the API (the other services as local HTTP stubs, so mostly this service's own work),
 * and the rendering alone, and prints median and p90. Run:
 * {@code ./mvnw -q -pl indicator-service -am verify -Dtest=None -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ReportBenchmarkIT -Dreport.benchmark=true}
 */
@EnabledIfSystemProperty(named = "report.benchmark", matches = "true")
class ReportBenchmarkIT extends PlatformIntegrationTest {

    private static final int WARM_UP = 5;
    private static final int RUNS = 20;
    private static final String PATH = "/api/v1/indicators/reports/plan-execution/2024";

    @Autowired
    PlanExecutionReports reports;
    @Autowired
    LocalFigures local;
    @Autowired
    RemoteSources remote;

    @DynamicPropertySource
    static void report(DynamicPropertyRegistry registry) {
        ReportStubs.register(registry, ReportStubs.PROJECTS::uri);
    }

    @Test
    void timeHtmlAndDocx() {
        String docx = ReportFormat.DOCX.mediaType().toString();
        time("API, HTML", () -> api("bench", "indicators:read").get().uri(PATH).header(HttpHeaders.ACCEPT, "text/html")
                .retrieve().body(byte[].class));
        time("API, DOCX", () -> api("bench", "indicators:read").get().uri(PATH).header(HttpHeaders.ACCEPT, docx)
                .retrieve().body(byte[].class));
        time("gather + compose (no rendering)", () -> reports.write(2024));
        time("  of which this service's store", () -> {
            ReportSources.INDICATORS.forEach(code -> local.annual(code, "360203", 2024));
            return local.targets("360203", 2025, ReportSources.TARGET_ORDER);
        });
        time("  of which one remote read", () -> remote.session().get(RemoteSources.PROJECTS,
                "/api/v1/projects/promotion/statistics/2024", ProjectApi.PromotionStatistics.class));
        ReportDocument document = reports.write(2024);
        time("render HTML", () -> HtmlRenderer.render(document));
        time("render DOCX", () -> DocxRenderer.render(document));
    }

    private static void time(String what, Supplier<Object> run) {
        for (int i = 0; i < WARM_UP; i++) {
            run.get();
        }
        long[] nanos = new long[RUNS];
        int size = 0;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            Object result = run.get();
            nanos[i] = System.nanoTime() - start;
            size = result instanceof byte[] bytes ? bytes.length : size;
        }
        Arrays.sort(nanos);
        System.out.printf("REPORT BENCHMARK %-32s median %7.2f ms  p90 %7.2f ms  (%d runs%s)%n", what, nanos[RUNS / 2] / 1e6,
                nanos[RUNS * 9 / 10] / 1e6, RUNS, size > 0 ? ", " + size + " bytes" : "");
    }
}
