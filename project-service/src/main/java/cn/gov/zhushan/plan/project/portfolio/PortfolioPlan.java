package cn.gov.zhushan.plan.project.portfolio;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.gov.zhushan.plan.project.registry.ProjectCategory;

/**
 * A year's key-project plan as the plan report states it before the projects are registered one by one
 * (2025: 70 key projects, 392.6亿元 total investment).
 *
 * @param totalInvestment yuan
 * @param namedProjects   the projects the report names for the year
 */
@Document("portfolio_plans")
public record PortfolioPlan(@Id int year, int keyProjects, BigDecimal totalInvestment,
                            List<NamedProject> namedProjects, String source) {

    public PortfolioPlan {
        namedProjects = namedProjects == null ? List.of() : List.copyOf(namedProjects);
    }

    public record NamedProject(String name, ProjectCategory category) {
    }
}
