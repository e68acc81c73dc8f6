package cn.gov.zhushan.plan.indicator.keyprojects;

import java.math.BigDecimal;

/**
 * The data of {@code cn.gov.zhushan.plan.projects.investment-reported.v1} as this service reads it
 * (the consumer's own copy of the contract; unknown fields are ignored). Amounts in yuan.
 */
public record InvestmentReported(String projectCode, String projectName, boolean onCityList, int year, String month,
                                 BigDecimal monthInvestment, BigDecimal yearToDateInvestment,
                                 BigDecimal annualPlannedInvestment, long sequence) {

    public static final String TYPE = "cn.gov.zhushan.plan.projects.investment-reported.v1";
    /** The only service that publishes this event (its ce_source); any other source is refused. */
    public static final String SOURCE = "/zhushan/project-service";
}
