package cn.gov.zhushan.plan.project.demo;

import java.math.BigDecimal;
import java.util.List;

import cn.gov.zhushan.plan.project.portfolio.PortfolioPlanRequest;
import cn.gov.zhushan.plan.project.portfolio.PortfolioPlanRequest.NamedProjectRequest;
import cn.gov.zhushan.plan.project.registry.ProjectCategory;

/** The 2025 key-project plan as the report's 2025 part states it: 70 projects, 392.6亿元, and the works it names. */
public final class DemoPlan2025 {

    public static final int YEAR = 2025;

    private DemoPlan2025() {
    }

    public static PortfolioPlanRequest plan() {
        return new PortfolioPlanRequest(70, new BigDecimal("39260000000"), List.of(
                new NamedProjectRequest("珠山区湖田窑及观音阁遗址保护提升工程项目", ProjectCategory.CULTURE_AND_HERITAGE),
                new NamedProjectRequest("南河左岸片区新田畈段防洪设施提升工程项目", ProjectCategory.URBAN_INFRASTRUCTURE),
                new NamedProjectRequest("人民广场周边排水管网及设施建设工程项目", ProjectCategory.URBAN_INFRASTRUCTURE),
                new NamedProjectRequest("湖田排涝站项目", ProjectCategory.URBAN_INFRASTRUCTURE),
                new NamedProjectRequest("老鸦滩城市更新项目", ProjectCategory.URBAN_RENEWAL),
                new NamedProjectRequest("南河南岸片区·防洪设施提升工程", ProjectCategory.URBAN_INFRASTRUCTURE),
                new NamedProjectRequest("2025年背街小巷及基础设施改造项目", ProjectCategory.URBAN_INFRASTRUCTURE),
                new NamedProjectRequest("竟成第一幼儿园新建项目", ProjectCategory.LIVELIHOOD),
                new NamedProjectRequest("竟成镇敬老院改建工程", ProjectCategory.LIVELIHOOD)),
                "2025年国民经济和社会发展计划草案：科学谋划2025年总投资392.6亿元的70个重点项目");
    }
}
