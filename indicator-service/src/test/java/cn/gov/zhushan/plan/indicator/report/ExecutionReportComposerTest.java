package cn.gov.zhushan.plan.indicator.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import cn.gov.zhushan.plan.indicator.targets.TargetComparator;
import cn.gov.zhushan.plan.indicator.targets.TargetKind;

class ExecutionReportComposerTest {

    private static final Instant NOW = Instant.parse("2025-01-20T02:00:00Z");
    private static final SourceRef LOCAL = new SourceRef("indicator-service", "GDP:360203:2024", "/x", NOW);

    private static SourceRef remote(String service) {
        return new SourceRef(service, "GET /y", "/y", NOW);
    }

    /** Only GDP and the targets are known; every other service failed or holds nothing. */
    private static ReportData sparse() {
        Map<String, Fetched<ReportData.IndicatorReading>> indicators = new LinkedHashMap<>();
        ReportSources.INDICATORS.forEach(code -> indicators.put(code, Fetched.failed(LOCAL, "无此记录")));
        indicators.put("GDP", Fetched.of(new ReportData.IndicatorReading("GDP", "地区生产总值", "亿元", 2,
                new BigDecimal("279.60"), new BigDecimal("-1.50")), LOCAL));
        List<ReportData.TargetLine> targets = List.of(new ReportData.TargetLine("PM25_ANNUAL_MEAN", "PM2.5年均浓度", "μg/m³", 1,
                TargetKind.LEVEL, TargetComparator.AT_MOST, new BigDecimal("20.40"), LOCAL));
        String down = "project-service 不可用";
        return new ReportData(2024, "珠山区", indicators, Fetched.of(targets, LOCAL),
                Fetched.failed(remote("project-service"), down), Fetched.failed(remote("project-service"), down),
                Fetched.failed(remote("project-service"), down), Fetched.failed(remote("project-service"), down),
                Fetched.of(List.of(new LivelihoodApi.ProgramYear("DIBAO_URBAN", 12, 10, 20, new BigDecimal("12345.00"))),
                        remote("livelihood-service")),
                Fetched.failed(remote("livelihood-service"), "livelihood-service 响应超时"),
                Fetched.failed(remote("tourism-service"), "无此记录"),
                Fetched.of(new TourismApi.ComplaintStatistics(3, 2, new BigDecimal("10.00"), 0, 0, null), remote("tourism-service")));
    }

    private static String text(Section section) {
        return section.paragraphs().stream().map(Paragraph::plainText).collect(Collectors.joining("\n"));
    }

    @Test
    void whatCouldNotBeReadIsWrittenDataMissingAndListedNothingIsInvented() {
        ReportDocument report = ExecutionReportComposer.compose(sparse(), NOW);
        List<Section> subsections = report.sections().get(0).subsections();
        assertThat(subsections).extracting(Section::heading).containsExactly(ExecutionReportComposer.ECONOMY,
                ExecutionReportComposer.PROJECTS, ExecutionReportComposer.PROMOTION, ExecutionReportComposer.CITY,
                ExecutionReportComposer.LIVELIHOOD);
        assertThat(text(subsections.get(0))).startsWith("2024年，实现地区生产总值279.6亿元，同比下降1.5%；城镇居民人均可支配收入数据暂缺");
        assertThat(text(subsections.get(1))).contains("全年共安排区重点工程建设项目数据暂缺", "主要项目资金数据暂缺").doesNotContain("亿元");
        // a present program is stated, an absent one is missing; a survey-less satisfaction is missing, not 0%
        assertThat(text(subsections.get(4))).contains("全区纳入城乡低保对象10户共计20人，发放城乡低保资金1.23万元",
                "纳入城乡特困供养对象数据暂缺", "就业之家数据暂缺");
        assertThat(text(subsections.get(2))).contains("累计处置诚信退赔类投诉2件，退赔金额10元，游客满意度数据暂缺");
        assertThat(text(report.sections().get(1))).isEqualTo("2025年全区经济社会发展的主要预期目标是：PM2.5年均浓度不高于20.4μg/m³。");

        long inText = report.sections().stream().flatMap(s -> Stream.concat(Stream.of(s), s.subsections().stream()))
                .flatMap(s -> s.paragraphs().stream()).flatMap(p -> p.runs().stream())
                .filter(r -> r instanceof Run.Figure f && f.missing()).count();
        assertThat(report.missing()).hasSize((int) inText);
        assertThat(report.missing()).anySatisfy(m -> {
            assertThat(m.where()).isEqualTo(ExecutionReportComposer.LIVELIHOOD);
            assertThat(m.label()).isEqualTo("就业之家个数");
            assertThat(m.reason()).isEqualTo("livelihood-service 响应超时");
        });
        Section list = report.sections().get(report.sections().size() - 1);
        assertThat(list.heading()).isEqualTo(ExecutionReportComposer.MISSING_LIST);
        assertThat(list.paragraphs()).hasSize(report.missing().size() + 1);
        assertThat(report.subtitle()).contains("共 " + report.missing().size() + " 项");
    }

    @Test
    void withoutNextYearsTargetsTheSecondPartSaysSo() {
        ReportData data = sparse();
        ReportData noTargets = new ReportData(data.year(), data.regionName(), data.indicators(),
                Fetched.failed(LOCAL, "无此记录"), data.portfolio(), data.projects(), data.funding(), data.promotion(),
                data.livelihood(), data.employment(), data.holidayArrivals(), data.complaints());
        ReportDocument report = ExecutionReportComposer.compose(noTargets, NOW);
        assertThat(text(report.sections().get(1))).isEqualTo("2025年全区经济社会发展的主要预期目标是：数据暂缺。");
        assertThat(report.missing()).anySatisfy(m -> assertThat(m.label()).isEqualTo("2025年主要预期目标"));
    }

    @Test
    void theRenderersLayOutTheSameDocument() {
        ReportDocument report = ExecutionReportComposer.compose(sparse(), NOW);
        String md = new String(MarkdownRenderer.render(report), java.nio.charset.StandardCharsets.UTF_8);
        String html = new String(HtmlRenderer.render(report), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(md).contains("实现地区生产总值279.6亿元[^1]，同比下降1.5%[^2]", "**数据暂缺**[^3]", "## 附：数据暂缺清单");
        assertThat(html).contains(">279.6亿元</a>", "<span class=\"missing\" title=\"数据暂缺。来源：indicator-service");
        assertThat(DocxRenderer.render(report)).startsWith((byte) 'P', (byte) 'K');
    }
}
