package cn.gov.zhushan.plan.indicator.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The other services' 2024 answers, in exactly the shapes their controllers return (project-service's Portfolio,
 * PageView of ProjectView, FundingTotals, PromotionStatistics; livelihood-service's ProgramYear list and
 * EmploymentStatistics.Year; tourism-service's Holiday list, HolidayFootfall and ComplaintStatistics), holding the
 * seed report's figures. Amounts in yuan, as the services give them.
 */
final class Seed2024Stubs {

    private Seed2024Stubs() {
    }

    static void projects(StubServer server) {
        List<Map<String, Object>> projects = new ArrayList<>();
        List<Map<String, Object>> allFunding = new ArrayList<>();
        String[] named = {"湖田窑及观音阁遗址保护提升工程", "南河左岸片区新田畈段防洪设施提升工程", "人民广场周边排水管网及设施建设工程",
                "珠山区排水防涝项目", "2024年度老旧小区改造项目", "陶文旅养老服务中心", "创客驿站数字化平台项目"};
        for (int i = 0; i < 41; i++) {
            String code = String.format("ZS-2024-%03d", i + 1);
            List<Map<String, Object>> funding = new ArrayList<>();
            switch (i) {
                case 0 -> funding.add(entry("F1", "PROVINCIAL_SPECIAL_FUNDS", "DISBURSED", "36900000", "2024-06-30", "遗址保护专项资金"));
                case 3 -> funding.add(entry("F1", "SPECIAL_TREASURY_BONDS", "COMMITTED", "60000000", "2024-03-15", null));
                case 4 -> {
                    funding.add(entry("F1", "CENTRAL_BUDGET_INVESTMENT", "DISBURSED", "11120000", "2024-08-01", "第二批"));
                    funding.add(entry("F2", "LOCAL_SPECIAL_PURPOSE_BONDS", "COMMITTED", "29000000", "2024-09-10", null));
                    funding.add(entry("F3", "BANK_LOANS", "COMMITTED", "500000000", "2024-09-10", "not from higher government"));
                }
                case 5 -> funding.add(entry("F1", "CENTRAL_BUDGET_INVESTMENT", "COMMITTED", "100000000", "2024-05-20", null));
                case 6 -> {
                    funding.add(entry("F1", "PROVINCIAL_SPECIAL_FUNDS", "DISBURSED", "2000000", "2024-07-01", "省数字经济专项资金"));
                    funding.add(entry("F2", "PROVINCIAL_SPECIAL_FUNDS", "DISBURSED", "2000000", "2024-11-01", "省预算内乡村振兴专项资金"));
                    funding.add(entry("F3", "CENTRAL_BUDGET_INVESTMENT", "INDICATIVE", "50000000", "2024-12-01", "only applied for"));
                }
                default -> { }
            }
            allFunding.addAll(funding);
            projects.add(project(code, i < named.length ? named[i] : "珠山区重点项目" + (i + 1), i < 20, "575000000",
                    Map.of("2024", new BigDecimal("75000000")), funding));
        }
        // a project of the year before: not in the 2024 portfolio, but its grant was won in 2024
        List<Map<String, Object>> old = List.of(entry("F1", "CENTRAL_BUDGET_INVESTMENT", "DISBURSED", "27430000", "2024-04-18", null));
        allFunding.addAll(old);
        projects.add(project("ZS-2023-017", "2023年度老旧小区改造项目", false, "60000000", Map.of("2023", new BigDecimal("30000000")), old));

        Map<String, Object> portfolio = new LinkedHashMap<>();
        portfolio.put("year", 2024);
        portfolio.put("asOfMonth", "2024-12");
        portfolio.put("projects", 41);
        portfolio.put("totalPlannedInvestment", new BigDecimal("23555000000"));
        portfolio.put("annualPlannedInvestment", new BigDecimal("3078000000"));
        portfolio.put("completedInvestment", new BigDecimal("3413000000"));
        portfolio.put("completionPercent", new BigDecimal("110.9"));
        portfolio.put("byCategory", Map.of("URBAN_INFRASTRUCTURE", slice(12, "900000000", "1000000000")));
        portfolio.put("byStage", Map.of("UNDER_CONSTRUCTION", slice(41, "3078000000", "3413000000")));
        portfolio.put("lagging", List.of());
        portfolio.put("currency", "CNY");
        server.route("/api/v1/projects/portfolio/2024", portfolio);
        server.route("/api/v1/projects?size=200&page=0", Map.of("items", projects, "page", 0, "size", 200, "total", projects.size()));

        // FundingTotals.of: per source and status, by the entry's year; secured = committed + disbursed
        Map<String, Map<String, BigDecimal>> bySource = new TreeMap<>();
        BigDecimal secured = BigDecimal.ZERO;
        BigDecimal disbursed = BigDecimal.ZERO;
        for (Map<String, Object> f : allFunding) {
            BigDecimal amount = (BigDecimal) f.get("amount");
            bySource.computeIfAbsent((String) f.get("source"), s -> new TreeMap<>()).merge((String) f.get("status"), amount, BigDecimal::add);
            secured = "INDICATIVE".equals(f.get("status")) ? secured : secured.add(amount);
            disbursed = "DISBURSED".equals(f.get("status")) ? disbursed.add(amount) : disbursed;
        }
        server.route("/api/v1/projects/funding-totals?year=2024",
                Map.of("year", 2024, "bySource", bySource, "secured", secured, "disbursed", disbursed, "currency", "CNY"));
        server.route("/api/v1/projects/promotion/statistics/2024", Map.of("year", 2024, "trips", 107, "companiesMet", 110,
                "dealsSigned", 16, "dealsOfOneYiOrMore", 12, "signedAmount", new BigDecimal("3850000000"), "currency", "CNY"));
    }

    static void livelihood(StubServer server) {
        server.route("/api/v1/livelihood/summary/2024", List.of(
                program("DIBAO_RURAL", 1434, 1942, "15659000.00"),
                program("DIBAO_URBAN", 5200, 7100, "56000000.00"),
                program("DISABILITY_CARE", 1890, 1890, "2038300.00"),
                program("DISABILITY_LIVING", 2220, 2220, "2400000.00"),
                program("EXTREME_POVERTY", 226, 226, "4319000.00"),
                program("ONE_CHILD_REWARD", 36958, 36958, "45784900.00")));
        Map<String, Object> employment = new LinkedHashMap<>();
        employment.put("year", 2024);
        employment.put("stations", 31);
        employment.put("postings", 412);
        employment.put("positionsOffered", 5722);
        employment.put("placements", 3318);
        employment.put("loansGranted", 540);
        employment.put("loanAmountYuan", new BigDecimal("108000000.00"));
        employment.put("loanAmountWanYuan", new BigDecimal("10800.00"));
        employment.put("loanAmountYiYuan", new BigDecimal("1.08"));
        server.route("/api/v1/livelihood/employment/statistics/2024", employment);
    }

    static void tourism(StubServer server) {
        String[][] holidays = {{"NEW_YEAR", "元旦", "2023-12-30", "2024-01-01", "300000"},
                {"SPRING_FESTIVAL", "春节", "2024-02-10", "2024-02-17", "980000"},
                {"QINGMING", "清明节", "2024-04-04", "2024-04-06", "250000"},
                {"LABOUR_DAY", "劳动节", "2024-05-01", "2024-05-05", "620000"},
                {"DRAGON_BOAT", "端午节", "2024-06-08", "2024-06-10", "260000"},
                {"MID_AUTUMN", "中秋节", "2024-09-15", "2024-09-17", "267300"},
                {"NATIONAL_DAY", "国庆节", "2024-10-01", "2024-10-07", "980000"}}; // 3,657,300 in all
        List<Map<String, Object>> list = new ArrayList<>();
        for (String[] h : holidays) {
            Map<String, Object> holiday = holiday(h[0], h[1], h[2], h[3]);
            list.add(holiday);
            long current = Long.parseLong(h[4]);
            Map<String, Object> arrivals = new LinkedHashMap<>();
            arrivals.put("current", current);
            arrivals.put("lastYear", null);
            arrivals.put("changePercent", null);
            Map<String, Object> footfall = new LinkedHashMap<>();
            footfall.put("holiday", holiday);
            footfall.put("lastYear", null);
            footfall.put("districtArrivals", arrivals);
            footfall.put("sites", List.of(Map.of("siteCode", "TAOXICHUAN", "arrivals", arrivals, "nightArrivals", arrivals)));
            server.route("/api/v1/tourism/holidays/2024/" + h[0] + "/footfall", footfall);
        }
        server.route("/api/v1/tourism/holidays?year=2024", list);
        Map<String, Object> complaints = new LinkedHashMap<>();
        complaints.put("count", 114);
        complaints.put("resolved", 114);
        complaints.put("refundsTotal", new BigDecimal("66333.00"));
        complaints.put("medianResolutionHours", new BigDecimal("20.5"));
        complaints.put("surveyed", 114);
        complaints.put("satisfied", 114);
        complaints.put("satisfactionRatePercent", new BigDecimal("100.0"));
        server.route("/api/v1/tourism/complaints/statistics?from=2024-01-01&to=2024-12-31&category=INTEGRITY_REFUND", complaints);
    }

    private static Map<String, Object> entry(String id, String source, String status, String amount, String date, String note) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("entryId", id);
        entry.put("source", source);
        entry.put("status", status);
        entry.put("amount", new BigDecimal(amount));
        entry.put("date", date);
        entry.put("note", note);
        return entry;
    }

    private static Map<String, Object> project(String code, String name, boolean onCityList, String total,
                                               Map<String, BigDecimal> plans, List<Map<String, Object>> funding) {
        Map<String, Object> description = new LinkedHashMap<>();
        description.put("name", name);
        description.put("category", "URBAN_INFRASTRUCTURE");
        description.put("ownerUnit", "珠山区发展和改革委员会");
        description.put("address", null);
        description.put("latitude", null);
        description.put("longitude", null);
        description.put("onCityList", onCityList);
        description.put("totalPlannedInvestment", new BigDecimal(total));
        description.put("plannedStart", "2024-01-01");
        description.put("plannedCompletion", "2026-12-31");
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("code", code);
        view.put("description", description);
        view.put("stage", "UNDER_CONSTRUCTION");
        view.put("constructionStartedOn", "2024-01-01");
        view.put("stageHistory", List.of());
        view.put("annualPlans", plans);
        view.put("planRevisions", List.of());
        view.put("progress", List.of());
        view.put("cumulativeInvestment", BigDecimal.ZERO);
        view.put("funding", funding);
        view.put("milestones", List.of());
        view.put("currency", "CNY");
        return view;
    }

    private static Map<String, Object> slice(int projects, String planned, String completed) {
        return Map.of("projects", projects, "annualPlanned", new BigDecimal(planned), "completed", new BigDecimal(completed));
    }

    private static Map<String, Object> program(String code, long households, long persons, String amount) {
        Map<String, Object> year = new LinkedHashMap<>();
        year.put("programCode", code);
        year.put("cycles", 12);
        year.put("households", households);
        year.put("persons", persons);
        year.put("amountYuan", new BigDecimal(amount));
        year.put("amountWanYuan", new BigDecimal(amount).movePointLeft(4).setScale(2, java.math.RoundingMode.HALF_UP));
        return year;
    }

    private static Map<String, Object> holiday(String code, String nameZh, String start, String end) {
        Map<String, Object> holiday = new LinkedHashMap<>();
        holiday.put("id", "2024-" + code);
        holiday.put("year", 2024);
        holiday.put("code", code);
        holiday.put("nameZh", nameZh);
        holiday.put("nameEn", code);
        holiday.put("start", start);
        holiday.put("end", end);
        return holiday;
    }
}
