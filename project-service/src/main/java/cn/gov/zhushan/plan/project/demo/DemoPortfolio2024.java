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

    /**
     * The 2024 projects the report names (its 2024 part: funding won, works started or completed). The
     * projects it names as 2025 work (湖田窑及观音阁, 南河左岸, 人民广场排水, 湖田排涝站, 老鸦滩) are not here.
     */
    private static final String[][] NAMED = {
            // slots 0, 1, 2, 10 and 11 held 2025 works in earlier demo loads; the loader renames those
            {"湖田窑遗址保护项目", "CULTURE_AND_HERITAGE"},
            {"南河南岸片区防洪排涝提升项目", "URBAN_INFRASTRUCTURE"},
            {"2023年度老旧小区改造项目", "LIVELIHOOD"},
            {"珠山区排水防涝项目", "URBAN_INFRASTRUCTURE"},
            {"2024年度老旧小区改造项目", "LIVELIHOOD"},
            {"陶文旅养老服务中心", "LIVELIHOOD"},
            {"创客驿站数字化平台项目", "INDUSTRY"},
            {"文祥窑陶瓷生产数字化应用项目", "INDUSTRY"},
            {"陶阳里历史文化旅游提升项目", "CULTURE_AND_HERITAGE"},
            {"宋·瓷文化走廊项目", "CULTURE_AND_HERITAGE"},
            {"保障性租赁住房项目", "LIVELIHOOD"},
            {"昌河街道景瑶小区嵌入式养老服务中心", "LIVELIHOOD"}};

    /** The categories the numbered projects take in turn. */
    private static final ProjectCategory[] NUMBERED_CATEGORIES = {ProjectCategory.INDUSTRY,
            ProjectCategory.SERVICES_AND_COMMERCE, ProjectCategory.CULTURE_AND_HERITAGE,
            ProjectCategory.URBAN_INFRASTRUCTURE, ProjectCategory.LIVELIHOOD, ProjectCategory.ECOLOGY};

    private DemoPortfolio2024() {
    }

    /** One demo project; amounts in yuan, monthly investments January to December 2024. */
    public record DemoProject(String code, String name, ProjectCategory category, boolean onCityList,
                              BigDecimal totalPlanned, BigDecimal annualPlanned, List<BigDecimal> monthly) {
    }

    /** The code of the named 2024 project. */
    public static String codeOf(String name) {
        return projects().stream().filter(p -> p.name().equals(name)).findFirst().map(DemoProject::code)
                .orElseThrow(() -> new IllegalArgumentException("No demo project " + name));
    }

    public static List<DemoProject> projects() {
        List<BigDecimal> weights = new ArrayList<>();
        for (int i = 0; i < PROJECTS; i++) {
            weights.add(BigDecimal.valueOf(i % 7 + 1));
        }
        List<BigDecimal> totals = split(TOTAL_PLANNED, weights);
        List<BigDecimal> plans = split(ANNUAL_PLANNED, weights);
        List<BigDecimal> completed = split(COMPLETED, weights);
        List<DemoProject> projects = new ArrayList<>();
        for (int i = 0; i < PROJECTS; i++) {
            String name = i < NAMED.length ? NAMED[i][0] : "珠山区重点项目" + (i + 1);
            ProjectCategory category = i < NAMED.length ? ProjectCategory.valueOf(NAMED[i][1]) : NUMBERED_CATEGORIES[i % NUMBERED_CATEGORIES.length];
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
