package cn.gov.zhushan.plan.project.portfolio;

import java.math.BigDecimal;

/** Data of {@code cn.gov.zhushan.plan.projects.project-lagging.v1}. Amounts in yuan. */
public record ProjectLagging(String projectCode, String asOfMonth, BigDecimal annualPlanned, BigDecimal completed,
                             BigDecimal completionPercent, BigDecimal yearElapsedPercent, long sequence) {

    public static final String EVENT = "project-lagging";
}
