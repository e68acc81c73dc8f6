package cn.gov.zhushan.plan.indicator.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.junit.jupiter.api.Test;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.gov.zhushan.plan.platform.test.PlatformIntegrationTest;

/**
 * The 2024 execution report generated through the API from the demo data (this service's own store) and the other
 * services' answers (real HTTP servers in the shapes of their controllers), read with the service's own
 * client-credentials token through the load balancer.
 */
class PlanExecutionReportIT extends PlatformIntegrationTest {

    private static final String PATH = "/api/v1/indicators/reports/plan-execution/2024";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @DynamicPropertySource
    static void report(DynamicPropertyRegistry registry) {
        ReportStubs.register(registry, ReportStubs.PROJECTS::uri);
    }

    /** Also kept under target/ for a person to look at. */
    private ResponseEntity<byte[]> get(String uri, String accept) {
        ResponseEntity<byte[]> response = api("plan-office", "indicators:read").get().uri(uri).header(HttpHeaders.ACCEPT, accept)
                .retrieve().toEntity(byte[].class);
        String disposition = response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
        if (response.getStatusCode().is2xxSuccessful() && disposition != null) {
            try {
                Files.write(Path.of("target", ContentDisposition.parse(disposition).getFilename()), response.getBody());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return response;
    }

    private String markdown() {
        ResponseEntity<byte[]> response = get(PATH, "text/markdown");
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("text/markdown");
        return new String(response.getBody(), StandardCharsets.UTF_8);
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.beans.factory.ObjectProvider<org.springframework.web.client.RestClient.Builder> contextBuilders;

    @Test
    void aRestClientBuilderInTheContextIsNotLoadBalanced() {
        // Eureka's transport takes any RestClient.Builder bean: a load-balanced one resolves "localhost" as a service
        // id and the service never registers (found by the system tests). The report balances its own client instead.
        contextBuilders.forEach(builder -> assertThat(builder.build().get()
                .uri("http://localhost:" + port + "/actuator/health/liveness").retrieve().body(String.class)).contains("UP"));
    }

    @Test
    void theSeedsSectionOneFiguresThePlatformHoldsAppearAsTheSeedWritesThem() {
        String report = markdown();
        List<ReportTexts.SeedFigure> seed = ReportTexts.seedSection1Figures();
        List<String> heldButAbsent = seed.stream().filter(ReportTexts.SeedFigure::held)
                .filter(f -> !ReportTexts.contains(report, f.figure())).map(ReportTexts.SeedFigure::figure).toList();
        long found = seed.stream().filter(f -> ReportTexts.contains(report, f.figure())).count();
        long held = seed.stream().filter(ReportTexts.SeedFigure::held).count();
        System.out.printf("SEED SECTION 一 FIGURES IN THE GENERATED 2024 REPORT: %d of %d (%.1f%%); the platform holds %d of them%n",
                found, seed.size(), 100.0 * found / seed.size(), held);
        assertThat(heldButAbsent).as("figures the platform holds but the report does not write as the seed does").isEmpty();
        assertThat(report).doesNotContain("数据暂缺");
        // sentences, not just numbers: figure and wording together as the seed has them
        assertThat(report).contains("实现地区生产总值279.6亿元[^", "，同比增长4.2%[^", "规上工业增加值同比增长6.7%[^",
                "完成年度计划投资34.13亿元[^", "投资比例达110.9%[^", "陶文旅养老服务中心获得中央预算内资金1亿元[^",
                "全年共组织外出招商107次[^", "全区纳入城乡低保对象6634户[^", "PM2.5年平均浓度20.4μg/m³[^");
        // the bank loan and the grant only applied for are not funds won from higher government
        assertThat(report).contains("共争取上级资金2.68亿元[^").doesNotContain("银行");
    }

    @Test
    void markdownHasTheFiveSubsectionsOfOneAndTheNextYearsTargetsWithAFootnotePerFigure() {
        String report = markdown();
        String one = ReportTexts.markdownSection(report, "## 一、2024年国民经济和社会发展计划执行情况");
        assertThat(Pattern.compile("(?m)^### （[一二三四五]）").matcher(one).results().count()).isEqualTo(5);
        assertThat(one).contains("### （一）经济运行", "### （二）项目建设与争资争项", "### （三）招商引资、创新驱动与文旅融合",
                "### （四）城市品质与生态环境", "### （五）民生保障与社会事业");
        String two = ReportTexts.markdownSection(report, "## 二、2025年经济社会发展主要预期目标");
        assertThat(two).contains("地区生产总值增长5%左右", "规上工业增加值增长7.5%左右", "固定资产投资增长5.5%左右",
                "社会消费品零售总额增长5.5%左右", "一般公共预算收入增长1.1%左右", "城镇居民人均可支配收入增长5%左右",
                "PM2.5年均浓度不高于20.4μg/m³");
        assertThat(two.indexOf("地区生产总值")).isLessThan(two.indexOf("规上工业增加值"));
        assertThat(report).doesNotContain("附：数据暂缺清单");
        Matcher references = Pattern.compile("\\[\\^(\\d+)](?!:)").matcher(report);
        long figures = references.results().count();
        assertThat(figures).isGreaterThan(50);
        assertThat(Pattern.compile("(?m)^\\[\\^\\d+]: ").matcher(report).results().count()).isEqualTo(figures);
        assertThat(report).contains("来源：indicator-service GDP:360203:2024", "来源：project-service GET /api/v1/projects/portfolio/2024",
                "来源：livelihood-service GET /api/v1/livelihood/summary/2024");
    }

    @Test
    void theOtherServicesAreReadWithTheServicesOwnClientCredentialsToken() {
        markdown();
        assertThat(ReportStubs.AUTH.grants()).isGreaterThanOrEqualTo(1);
        assertThat(ReportStubs.PROJECTS.calls()).contains("/api/v1/projects/portfolio/2024", "/api/v1/projects/funding-totals?year=2024",
                "/api/v1/projects/promotion/statistics/2024", "/api/v1/projects?size=200&page=0");
        assertThat(ReportStubs.TOURISM.calls()).contains("/api/v1/tourism/holidays/2024/NATIONAL_DAY/footfall");
        assertThat(ReportStubs.LIVELIHOOD.calls()).contains("/api/v1/livelihood/employment/statistics/2024");
    }

    @Test
    void htmlIsAnA4PrintablePageWhoseFiguresLinkToTheirSources() {
        ResponseEntity<byte[]> response = get(PATH + "?format=html", "*/*");
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("text/html");
        String html = new String(response.getBody(), StandardCharsets.UTF_8);
        assertThat(html).contains("@page { size: A4;", "@media print");
        assertThat(Pattern.compile("<h3>（[一二三四五]）").matcher(html).results().count()).isEqualTo(5);
        assertThat(html).contains("<h2>一、2024年国民经济和社会发展计划执行情况</h2>", "<h2>二、2025年经济社会发展主要预期目标</h2>");
        assertThat(html).contains("<a class=\"figure\" href=\"/api/v1/indicators/GDP/observations/360203/2024\"")
                .contains(">279.6亿元</a>").contains("href=\"/api/v1/projects/portfolio/2024\"");
        // content negotiation: HTML is what a browser's Accept gets
        assertThat(get(PATH, "text/html,application/xhtml+xml,*/*;q=0.8").getHeaders().getContentType().toString()).startsWith("text/html");
    }

    @Test
    void docxCarriesTheTextAndAFootnotePerFigure() throws IOException {
        ResponseEntity<byte[]> response = get(PATH, DOCX);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo(DOCX);
        assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains("attachment", "plan-execution-2024.docx");
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(response.getBody()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            String text = extractor.getText();
            assertThat(text).contains("珠山区2024年国民经济和社会发展计划执行情况", "（五）民生保障与社会事业",
                    "实现地区生产总值279.6亿元", "发放城乡低保资金7165.9万元", "二、2025年经济社会发展主要预期目标");
            List<String> notes = docx.getFootnotes().stream().map(XWPFFootnote::getParagraphs)
                    .map(ps -> ps.stream().map(p -> p.getText()).reduce("", String::concat)).toList();
            assertThat(notes).hasSizeGreaterThan(50);
            assertThat(notes).anySatisfy(n -> assertThat(n).contains("来源：indicator-service GDP:360203:2024", "截至"));
            assertThat(notes).anySatisfy(n -> assertThat(n).contains("来源：tourism-service GET /api/v1/tourism/complaints/statistics"));
        }
    }

    @Test
    void theReportNeedsIndicatorsReadAndOneOfItsFormats() {
        assertThat(anonymous().get().uri(PATH).retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(401);
        assertThat(api("development-reform", "projects:read").get().uri(PATH).retrieve().toBodilessEntity()
                .getStatusCode().value()).isEqualTo(403);
        ResponseEntity<String> json = api("plan-office", "indicators:read").get().uri(PATH)
                .header(HttpHeaders.ACCEPT, "application/json").retrieve().toEntity(String.class);
        assertThat(json.getStatusCode().value()).isEqualTo(406);
        ResponseEntity<String> pdf = api("plan-office", "indicators:read").get().uri(PATH + "?format=pdf").retrieve().toEntity(String.class);
        assertThat(pdf.getStatusCode().value()).isEqualTo(400);
        assertThat(pdf.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(api("plan-office", "indicators:read").get().uri("/api/v1/indicators/reports/plan-execution/1999")
                .retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(400);
    }
}
