package cn.gov.zhushan.plan.project.registry;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import cn.gov.zhushan.plan.project.progress.MonthlyProgress;

/** A project as the API shows it. Amounts in yuan. */
public record ProjectView(String code, String name, ProjectCategory category, String ownerUnit, boolean onCityList,
                          BigDecimal totalPlannedInvestment, Map<String, BigDecimal> annualPlans,
                          List<MonthlyProgress> progress, String currency) {

    public static ProjectView of(Project project) {
        return new ProjectView(project.code(), project.name(), project.category(), project.ownerUnit(),
                project.onCityList(), project.totalPlannedInvestment(), project.annualPlans(), project.progress(), "CNY");
    }
}
