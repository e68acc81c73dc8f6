package cn.gov.zhushan.plan.indicator.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import cn.gov.zhushan.plan.indicator.targets.TargetComparator;
import cn.gov.zhushan.plan.indicator.targets.TargetKind;
import cn.gov.zhushan.plan.platform.time.PlatformTime;

/**
 * Writes the execution part of the year's report (the seed's section 一 with its five subsections, and 二, the next
 * year's main targets) from the data as read. Every figure is a figure run with its source; what could not be read is
 * written 数据暂缺 and listed at the end. Nothing is filled in from a template.
 */
public final class ExecutionReportComposer {

    static final ZoneId DISTRICT = PlatformTime.DISTRICT_ZONE;
    static final String ECONOMY = "（一）经济运行";
    static final String PROJECTS = "（二）项目建设与争资争项";
    static final String PROMOTION = "（三）招商引资、创新驱动与文旅融合";
    static final String CITY = "（四）城市品质与生态环境";
    static final String LIVELIHOOD = "（五）民生保障与社会事业";
    static final String MISSING_LIST = "附：数据暂缺清单";

    /** Sources that count as funds won from higher levels of government (争取上级资金). */
    private static final Set<String> GOVERNMENT_FUNDS = Set.of("CENTRAL_BUDGET_INVESTMENT", "SPECIAL_TREASURY_BONDS",
            "LOCAL_SPECIAL_PURPOSE_BONDS", "PROVINCIAL_SPECIAL_FUNDS");
    private static final Map<String, String> FUND_LABELS = Map.of("CENTRAL_BUDGET_INVESTMENT", "中央预算内资金",
            "SPECIAL_TREASURY_BONDS", "特别国债", "LOCAL_SPECIAL_PURPOSE_BONDS", "专项债额度",
            "PROVINCIAL_SPECIAL_FUNDS", "省级专项资金");
    private static final Set<String> SECURED = Set.of("COMMITTED", "DISBURSED");

    private ExecutionReportComposer() {
    }

    public static ReportDocument compose(ReportData data, Instant generatedAt) {
        List<MissingFigure> missing = new ArrayList<>();
        int year = data.year();
        List<Section> parts = List.of(
                new Section("一、" + year + "年国民经济和社会发展计划执行情况", List.of(), List.of(
                        economy(data, missing), projects(data, missing), promotion(data, missing), city(data, missing),
                        livelihood(data, missing))),
                targets(data, missing));
        List<Section> sections = new ArrayList<>(parts);
        if (!missing.isEmpty()) {
            sections.add(missingList(missing));
        }
        String title = data.regionName() + year + "年国民经济和社会发展计划执行情况";
        String subtitle = "本报告由规划平台依据各业务系统的实时数据生成，生成时间 "
                + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(generatedAt.atZone(DISTRICT)) + "（北京时间）"
                + (missing.isEmpty() ? "" : "；标注“数据暂缺”之处共 " + missing.size() + " 项，见文末清单");
        return new ReportDocument(year, title, subtitle, sections, List.copyOf(missing), generatedAt);
    }

    private static Section economy(ReportData data, List<MissingFigure> missing) {
        SectionWriter w = new SectionWriter(ECONOMY, missing);
        w.text(data.year() + "年，实现地区生产总值").figure(level(data, "GDP", "")).text("，同比").figure(growth(data, "GDP"))
                .text("；城镇居民人均可支配收入").figure(level(data, "URBAN_DISPOSABLE_INCOME", ""))
                .text("，").figure(growth(data, "URBAN_DISPOSABLE_INCOME"))
                .text("；社会消费品零售总额完成").figure(level(data, "RETAIL_SALES", "")).text("，同比").figure(growth(data, "RETAIL_SALES"))
                .text("；规上服务业营收").figure(level(data, "SERVICES_REVENUE", "")).text("，同比").figure(growth(data, "SERVICES_REVENUE"))
                .text("；全年完成一般公共预算收入").figure(level(data, "BUDGET_REVENUE", ""))
                .text("，同比").figure(growth(data, "BUDGET_REVENUE"))
                .text("；完成一般公共预算支出").figure(level(data, "BUDGET_EXPENDITURE", ""))
                .text("，同比").figure(growth(data, "BUDGET_EXPENDITURE"))
                .text("；规上工业增加值同比").figure(growth(data, "INDUSTRIAL_VALUE_ADDED")).text("。").endParagraph();
        w.text("全年成功申报“五上”企业").figure(level(data, "NEW_FIVE_ABOVE_ENTERPRISES", "家"))
                .text("，新增市场主体").figure(level(data, "NEW_MARKET_ENTITIES", "户")).text("。");
        return w.section();
    }

    private static Section projects(ReportData data, List<MissingFigure> missing) {
        SectionWriter w = new SectionWriter(PROJECTS, missing);
        int year = data.year();
        Fetched<ProjectApi.Portfolio> portfolio = data.portfolio();
        w.text("全年共安排区重点工程建设项目").figure(portfolio.figure("重点项目个数", p -> FigureFormat.count(p.projects(), "个")))
                .text("，计划总投资约").figure(portfolio.figure("重点项目计划总投资", p -> yi(p.totalPlannedInvestment())))
                .text("，其中").figure(data.projects().figure("纳入市重点项目的项目个数", all -> FigureFormat.count(all.stream()
                        .filter(p -> inPortfolio(p, year))
                        .filter(p -> p.description() != null && Boolean.TRUE.equals(p.description().onCityList())).count(), "个")))
                .text("项目纳入市重点项目进行调度，完成年度计划投资")
                .figure(portfolio.figure("重点项目完成年度计划投资", p -> yi(p.completedInvestment())))
                .text("，投资比例达").figure(portfolio.figure("年度计划投资完成比例", p -> percent(p.completionPercent())))
                .text("。").endParagraph();
        w.text(year + "年共争取上级资金").figure(data.funding().figure("争取上级资金", f -> governmentFunds(f)
                .map(FigureFormat::yi).orElse(null)));
        Optional<List<ProjectApi.Project>> projects = data.projects().get();
        if (projects.isEmpty()) {
            w.text("，主要项目资金").figure(data.projects().figure("争取资金的项目明细", p -> null)).text("。");
        } else {
            List<String[]> grants = grants(projects.get(), year);
            if (!grants.isEmpty()) {
                w.text("，主要包括：");
                for (int i = 0; i < grants.size(); i++) {
                    String[] grant = grants.get(i);
                    w.text((i == 0 ? "" : "；") + grant[0] + "获得" + grant[1]).figure(new FigureValue(grant[0] + grant[1],
                            grant[2], new SourceRef(RemoteSources.PROJECTS, grant[3], "/api/v1/projects/" + grant[4],
                            data.projects().source().asOf()), null));
                    if (grant[5] != null && !grant[5].isBlank()) {
                        w.text("（" + grant[5] + "）");
                    }
                }
            }
            w.text("。");
        }
        return w.section();
    }

    private static Section promotion(ReportData data, List<MissingFigure> missing) {
        SectionWriter w = new SectionWriter(PROMOTION, missing);
        Fetched<ProjectApi.PromotionStatistics> promotion = data.promotion();
        w.text("全年共组织外出招商").figure(promotion.figure("外出招商次数", p -> FigureFormat.count(p.trips(), "次")))
                .text("，考察洽谈企业").figure(promotion.figure("考察洽谈企业数", p -> FigureFormat.count(p.companiesMet(), "家")))
                .text("，通过亿元以上项目").figure(promotion.figure("亿元以上项目数", p -> FigureFormat.count(p.dealsOfOneYiOrMore(), "个")))
                .text("。").endParagraph();
        w.text("每万人有效发明专利拥有量").figure(level(data, "INVENTION_PATENTS_PER_10K", "")).text("。").endParagraph();
        Fetched<TourismApi.ComplaintStatistics> complaints = data.complaints();
        w.text("全年法定节假日全区文旅点位接待游客").figure(data.holidayArrivals().figure("节假日游客接待量", FigureFormat::wanPersonVisits))
                .text("；累计处置诚信退赔类投诉").figure(complaints.figure("诚信退赔类投诉处置件数", c -> FigureFormat.count(c.resolved(), "件")))
                .text("，退赔金额").figure(complaints.figure("退赔金额", c -> c.refundsTotal() == null ? null : FigureFormat.yuan(c.refundsTotal())))
                .text("，游客满意度").figure(complaints.figure("游客满意度", c -> percent(c.satisfactionRatePercent()))).text("。");
        return w.section();
    }

    private static Section city(ReportData data, List<MissingFigure> missing) {
        SectionWriter w = new SectionWriter(CITY, missing);
        w.text("全区空气优良天数比例").figure(level(data, "AIR_GOOD_DAYS_RATIO", ""))
                .text("，PM2.5年平均浓度").figure(level(data, "PM25_ANNUAL_MEAN", "")).text("。");
        return w.section();
    }

    private static Section livelihood(ReportData data, List<MissingFigure> missing) {
        SectionWriter w = new SectionWriter(LIVELIHOOD, missing);
        Fetched<List<LivelihoodApi.ProgramYear>> summary = data.livelihood();
        Function<Set<String>, Function<List<LivelihoodApi.ProgramYear>, Optional<LivelihoodApi.ProgramYear>>> programs =
                codes -> all -> combined(all, codes);
        Set<String> dibao = Set.of("DIBAO_URBAN", "DIBAO_RURAL");
        Set<String> poverty = Set.of("EXTREME_POVERTY");
        Set<String> disability = Set.of("DISABILITY_LIVING", "DISABILITY_CARE");
        Set<String> oneChild = Set.of("ONE_CHILD_REWARD");
        w.text("全区纳入城乡低保对象").figure(summary.figure("城乡低保户数", all -> programs.apply(dibao).apply(all)
                        .map(p -> FigureFormat.count(p.households(), "户")).orElse(null)))
                .text("共计").figure(summary.figure("城乡低保人数", all -> programs.apply(dibao).apply(all)
                        .map(p -> FigureFormat.count(p.persons(), "人")).orElse(null)))
                .text("，发放城乡低保资金").figure(summary.figure("城乡低保资金", all -> programs.apply(dibao).apply(all)
                        .map(p -> FigureFormat.wan(p.amountYuan())).orElse(null)))
                .text("；纳入城乡特困供养对象").figure(summary.figure("特困供养人数", all -> programs.apply(poverty).apply(all)
                        .map(p -> FigureFormat.count(p.persons(), "人")).orElse(null)))
                .text("，累计发放").figure(summary.figure("特困供养资金", all -> programs.apply(poverty).apply(all)
                        .map(p -> FigureFormat.wan(p.amountYuan())).orElse(null)))
                .text("；残疾人“两项”补贴共计发放").figure(summary.figure("残疾人两项补贴", all -> programs.apply(disability).apply(all)
                        .map(p -> FigureFormat.wan(p.amountYuan())).orElse(null)));
        Fetched<LivelihoodApi.EmploymentYear> employment = data.employment();
        w.text("；打造珠山特色“5+2”就业之家").figure(employment.figure("就业之家个数", e -> FigureFormat.count(e.stations(), "个")))
                .text("，提供就业岗位").figure(employment.figure("提供就业岗位数", e -> FigureFormat.count(e.positionsOffered(), "个")))
                .text("，发放担保贷款").figure(employment.figure("担保贷款金额", e -> e.loanAmountYuan() == null ? null : yi(e.loanAmountYuan())))
                .text("。").endParagraph();
        w.text("为全区").figure(summary.figure("独生子女家庭户数", all -> programs.apply(oneChild).apply(all)
                        .map(p -> FigureFormat.count(p.households(), "户")).orElse(null)))
                .text("独生子女家庭发放奖励").figure(summary.figure("独生子女家庭奖励", all -> programs.apply(oneChild).apply(all)
                        .map(p -> FigureFormat.wan(p.amountYuan())).orElse(null))).text("。");
        return w.section();
    }

    private static Section targets(ReportData data, List<MissingFigure> missing) {
        int next = data.year() + 1;
        SectionWriter w = new SectionWriter("二、" + next + "年经济社会发展主要预期目标", missing);
        w.text(next + "年全区经济社会发展的主要预期目标是：");
        Optional<List<ReportData.TargetLine>> lines = data.nextYearTargets().get();
        if (lines.isEmpty()) {
            w.figure(data.nextYearTargets().figure(next + "年主要预期目标", l -> null));
        } else {
            for (int i = 0; i < lines.get().size(); i++) {
                ReportData.TargetLine line = lines.get().get(i);
                w.text((i == 0 ? "" : "，") + line.nameZh())
                        .figure(new FigureValue(line.nameZh() + "目标", target(line), line.source(), null));
            }
        }
        w.text("。");
        return w.section();
    }

    private static Section missingList(List<MissingFigure> missing) {
        SectionWriter w = new SectionWriter(MISSING_LIST, new ArrayList<>());
        w.text("以下数字在生成本报告时未能从来源取得，正文相应位置标注为“数据暂缺”：").endParagraph();
        for (int i = 0; i < missing.size(); i++) {
            MissingFigure m = missing.get(i);
            w.text((i + 1) + ". " + stripNumbering(m.where()) + "：" + m.label() + "（来源 " + m.source().service() + " "
                    + m.source().record() + "；" + m.reason() + "）").endParagraph();
        }
        return w.section();
    }

    /** A target as the plan writes it: 增长5%左右, 不高于20.4μg/m³. */
    static String target(ReportData.TargetLine line) {
        if (line.kind() == TargetKind.GROWTH) {
            String value = FigureFormat.percent(line.value());
            return switch (line.comparator()) {
                case ABOUT -> "增长" + value + "左右";
                case AT_LEAST -> "增长不低于" + value;
                case AT_MOST -> "增长不高于" + value;
            };
        }
        String value = FigureFormat.number(line.value(), line.decimals()) + unitText(line.unit(), "");
        return line.comparator() == TargetComparator.ABOUT ? value + "左右"
                : (line.comparator() == TargetComparator.AT_LEAST ? "不低于" : "不高于") + value;
    }

    private static FigureValue level(ReportData data, String code, String measureWord) {
        Fetched<ReportData.IndicatorReading> reading = data.indicators().get(code);
        String label = reading.value() != null ? reading.value().nameZh() : code;
        return reading.figure(label, r -> r.value() == null ? null
                : FigureFormat.number(r.value(), r.decimals()) + unitText(r.unit(), measureWord));
    }

    private static FigureValue growth(ReportData data, String code) {
        Fetched<ReportData.IndicatorReading> reading = data.indicators().get(code);
        String label = (reading.value() != null ? reading.value().nameZh() : code) + "增速";
        return reading.figure(label, r -> r.growthPercent() == null ? null : FigureFormat.growth(r.growthPercent()));
    }

    /** The unit as the report writes it; counts take the measure word of their sentence (家, 户). */
    private static String unitText(String unit, String measureWord) {
        return "count".equals(unit) ? measureWord : unit;
    }

    private static String yi(BigDecimal yuan) {
        return yuan == null ? null : FigureFormat.yi(yuan);
    }

    private static String percent(BigDecimal percent) {
        return percent == null ? null : FigureFormat.percent(percent);
    }

    private static boolean inPortfolio(ProjectApi.Project project, int year) {
        return project.annualPlans() != null && project.annualPlans().containsKey(String.valueOf(year))
                && !"CANCELLED".equals(project.stage());
    }

    /** Funds secured (committed or disbursed) from higher levels of government in the year, yuan. */
    private static Optional<BigDecimal> governmentFunds(ProjectApi.FundingTotals totals) {
        if (totals.bySource() == null) {
            return Optional.empty();
        }
        return Optional.of(totals.bySource().entrySet().stream().filter(e -> GOVERNMENT_FUNDS.contains(e.getKey()))
                .flatMap(e -> e.getValue().entrySet().stream()).filter(e -> SECURED.contains(e.getKey()))
                .map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** The year's secured government grants per project: {project name, source label, amount, record, project code, note}. */
    private static List<String[]> grants(List<ProjectApi.Project> projects, int year) {
        List<String[]> grants = new ArrayList<>();
        for (ProjectApi.Project project : projects.stream().sorted(Comparator.comparing(ProjectApi.Project::code)).toList()) {
            if (project.funding() == null) {
                continue;
            }
            for (ProjectApi.FundingEntry entry : project.funding()) {
                if (entry.date() != null && entry.date().getYear() == year && GOVERNMENT_FUNDS.contains(entry.source())
                        && SECURED.contains(entry.status()) && entry.amount() != null) {
                    String name = project.description() == null ? project.code() : project.description().name();
                    grants.add(new String[] {name, FUND_LABELS.get(entry.source()), FigureFormat.money(entry.amount()),
                            project.code() + " funding " + entry.entryId(), project.code(), entry.note()});
                }
            }
        }
        return grants;
    }

    private static Optional<LivelihoodApi.ProgramYear> combined(List<LivelihoodApi.ProgramYear> all, Set<String> codes) {
        List<LivelihoodApi.ProgramYear> of = all.stream().filter(p -> codes.contains(p.programCode())).toList();
        if (of.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LivelihoodApi.ProgramYear(String.join("+", codes), of.stream().mapToInt(LivelihoodApi.ProgramYear::cycles).sum(),
                of.stream().mapToLong(LivelihoodApi.ProgramYear::households).sum(),
                of.stream().mapToLong(LivelihoodApi.ProgramYear::persons).sum(),
                of.stream().map(LivelihoodApi.ProgramYear::amountYuan).reduce(BigDecimal.ZERO, BigDecimal::add)));
    }

    private static String stripNumbering(String heading) {
        return heading.replaceFirst("^[（(][一二三四五六七八九十]+[）)]", "").replaceFirst("^[一二三四五六七八九十]+、", "");
    }
}
