package cn.gov.zhushan.plan.project.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import cn.gov.zhushan.plan.project.registry.ProjectCategory;

/**
 * The district's 2024 key-project portfolio as demo data, built deterministically so that its totals
 * are the report's: 41 projects, 235.55亿元 total planned investment, 20 on the city list, and 34.13亿元
 * completed of the annual plan = 110.9%. The report names some projects; the others are numbered.
 * The annual plan (30.78亿元) is not in the report: it is the figure that makes 34.13亿元 come to 110.9%.
 */
public final class DemoPortfolio2024 {

    public static final int PROJECTS = 41;
    public static final int ON_CITY_LIST = 20;
    public static final BigDecimal TOTAL_PLANNED = new BigDecimal("23555000000");
    public static final BigDecimal ANNUAL_PLANNED = new BigDecimal("3078000000");
    public static final BigDecimal COMPLETED = new BigDecimal("3413000000");

    private static final String[][] NAMED = {
            {"湖田窑及观音阁遗址保护提升工程", "CULTURE_AND_HERITAGE"},
            {"南河左岸片区新田畈段防洪设施提升工程", "URBAN_INFRASTRUCTURE"},
            {"人民广场周边排水管网及设施建设工程", "URBAN_INFRASTRUCTURE"},
            {"珠山区排水防涝项目", "URBAN_INFRASTRUCTURE"},
            {"2024年度老旧小区改造项目", "LIVELIHOOD"},
            {"陶文旅养老服务中心", "LIVELIHOOD"},
            {"创客驿站数字化平台项目", "INDUSTRY"},
            {"文祥窑陶瓷生产数字化应用项目", "INDUSTRY"},
            {"陶阳里历史文化旅游提升项目", "CULTURE_AND_HERITAGE"},
            {"宋·瓷文化走廊项目", "CULTURE_AND_HERITAGE"},
            {"湖田排涝站项目", "ECOLOGY"},
            {"老鸦滩城市更新项目", "SERVICES_AND_COMMERCE"}};

    private DemoPortfolio2024() {
    }

    /** One demo project; amounts in yuan, monthly investments January to December 2024. */
    public record DemoProject(String code, String name, ProjectCategory category, boolean onCityList,
                              BigDecimal totalPlanned, BigDecimal annualPlanned, List<BigDecimal> monthly) {
    }

    public static List<DemoProject> projects() {
        List<BigDecimal> weights = new ArrayList<>();
        for (int i = 0; i < PROJECTS; i++) {
            weights.add(BigDecimal.valueOf(i % 7 + 1));
        }
        List<BigDecimal> totals = split(TOTAL_PLANNED, weights);
        List<BigDecimal> plans = split(ANNUAL_PLANNED, weights);
        List<BigDecimal> completed = split(COMPLETED, weights);
        ProjectCategory[] categories = ProjectCategory.values();
        List<DemoProject> projects = new ArrayList<>();
        for (int i = 0; i < PROJECTS; i++) {
            String name = i < NAMED.length ? NAMED[i][0] : "珠山区重点项目" + (i + 1);
            ProjectCategory category = i < NAMED.length ? ProjectCategory.valueOf(NAMED[i][1]) : categories[i % categories.length];
            projects.add(new DemoProject(String.format("ZS-2024-%03d", i + 1), name, category, i < ON_CITY_LIST,
                    totals.get(i), plans.get(i), split(completed.get(i), java.util.Collections.nCopies(12, BigDecimal.ONE))));
        }
        return projects;
    }

    /** Splits an amount by weights in whole 万元, the last part taking the remainder so the sum is exact. */
    static List<BigDecimal> split(BigDecimal amount, List<BigDecimal> weights) {
        BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal tenThousand = new BigDecimal("10000");
        List<BigDecimal> parts = new ArrayList<>();
        BigDecimal assigned = BigDecimal.ZERO;
        for (int i = 0; i < weights.size() - 1; i++) {
            BigDecimal part = amount.multiply(weights.get(i)).divide(sum.multiply(tenThousand), 0, RoundingMode.DOWN)
                    .multiply(tenThousand);
            parts.add(part);
            assigned = assigned.add(part);
        }
        parts.add(amount.subtract(assigned));
        return parts;
    }
}
