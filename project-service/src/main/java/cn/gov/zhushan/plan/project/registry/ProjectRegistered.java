package cn.gov.zhushan.plan.project.registry;

import java.math.BigDecimal;

/** Data of {@code cn.gov.zhushan.plan.projects.project-registered.v1}. Amounts in yuan. */
public record ProjectRegistered(String projectCode, String name, ProjectCategory category, String ownerUnit,
                                boolean onCityList, BigDecimal totalPlannedInvestment, long sequence) {

    public static final String EVENT = "project-registered";
}
