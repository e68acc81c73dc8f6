package cn.gov.zhushan.plan.project.progress;

import java.math.BigDecimal;

/**
 * Data of {@code cn.gov.zhushan.plan.projects.investment-reported.v1}. It carries the year-to-date total
 * and the annual plan so that subscribers need no call back. Amounts in yuan.
 *
 * @param sequence grows with every change of the project; a subscriber keeps the highest it saw
 */
public record InvestmentReported(String projectCode, String projectName, boolean onCityList, int year,
                                 String month, BigDecimal monthInvestment, BigDecimal yearToDateInvestment,
                                 BigDecimal annualPlannedInvestment, BigDecimal physicalProgressPercent,
                                 long sequence, String currency) {

    public static final String EVENT = "investment-reported";
}
