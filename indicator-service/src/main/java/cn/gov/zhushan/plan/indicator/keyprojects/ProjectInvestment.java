package cn.gov.zhushan.plan.indicator.keyprojects;

import java.math.BigDecimal;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One key project's investment in one year, as last reported by project-service (a read model fed by
 * investment-reported events; {@code sequence} keeps only the newest). Amounts in yuan.
 */
@Document(ProjectInvestment.COLLECTION)
public record ProjectInvestment(@Id String id, String projectCode, String projectName, boolean onCityList, int year,
                                String lastMonth, BigDecimal yearToDateInvestment, BigDecimal annualPlannedInvestment,
                                long sequence) {

    public static final String COLLECTION = "key_project_investment";

    public static String idOf(String projectCode, int year) {
        return projectCode + ":" + year;
    }
}
