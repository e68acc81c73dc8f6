package cn.gov.zhushan.plan.indicator.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.gov.zhushan.plan.platform.test.PlatformIntegrationTest;

/**
 * project-service is down and livelihood-service hangs past the time limit: the report is still written, says
 * 数据暂缺 where their figures belong and lists them.
 */
class PartialPlanExecutionReportIT extends PlatformIntegrationTest {

    private static final String DOWN = StubServer.unreachableUri();
    private static final StubServer HANGING = new StubServer(ReportStubs.AUTH::token).slow(Duration.ofSeconds(6));

    @DynamicPropertySource
    static void report(DynamicPropertyRegistry registry) {
        ReportStubs.register(registry, () -> DOWN, HANGING::uri); // the time limit is 3 s in these tests
    }

    @Test
    void aServiceThatIsDownYieldsAPartialReportNotAnError() {
        ResponseEntity<byte[]> response = api("plan-office", "indicators:read").get()
                .uri("/api/v1/indicators/reports/plan-execution/2024?format=md").retrieve().toEntity(byte[].class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        String report = new String(response.getBody(), StandardCharsets.UTF_8);

        String projects = ReportTexts.markdownSection(report, "### （二）项目建设与争资争项");
        assertThat(projects).contains("全年共安排区重点工程建设项目**数据暂缺**[^", "共争取上级资金**数据暂缺**[^")
                .doesNotContain("亿元[^");
        assertThat(ReportTexts.markdownSection(report, "### （三）招商引资、创新驱动与文旅融合"))
                .contains("全年共组织外出招商**数据暂缺**[^", "每万人有效发明专利拥有量27.94件[^", "365.73万人次[^");
        assertThat(ReportTexts.markdownSection(report, "### （五）民生保障与社会事业"))
                .contains("全区纳入城乡低保对象**数据暂缺**[^", "就业之家**数据暂缺**[^").doesNotContain("万元[^");
        // what the other sources hold is all there
        assertThat(report).contains("实现地区生产总值279.6亿元[^", "累计处置诚信退赔类投诉114件[^", "地区生产总值增长5%左右");

        String missing = ReportTexts.markdownSection(report, "## 附：数据暂缺清单");
        assertThat(missing).contains("重点项目个数（来源 project-service GET /api/v1/projects/portfolio/2024；project-service 不可用）",
                "外出招商次数", "争取上级资金", "城乡低保户数（来源 livelihood-service GET /api/v1/livelihood/summary/2024；livelihood-service 响应超时）",
                "担保贷款金额").doesNotContain("tourism-service", "indicator-service");
        long listed = missing.lines().filter(l -> l.matches("^\\d+\\. .*")).count();
        assertThat(response.getHeaders().getFirst("X-Report-Missing-Figures")).isEqualTo(String.valueOf(listed));
        // project-service: the portfolio's 4 figures and the city-list count, the funding total and the grants,
        // 3 promotion figures; livelihood-service: 8 from the summary, 3 employment figures
        assertThat(listed).isEqualTo(21);
    }
}
