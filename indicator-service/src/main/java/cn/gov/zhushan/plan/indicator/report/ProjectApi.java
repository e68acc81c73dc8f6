package cn.gov.zhushan.plan.indicator.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The parts of project-service's responses the report reads (its Portfolio, ProjectView, FundingTotals, PromotionStatistics). Amounts in yuan. */
final class ProjectApi {

    private ProjectApi() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Portfolio(int year, String asOfMonth, int projects, BigDecimal totalPlannedInvestment,
                     BigDecimal annualPlannedInvestment, BigDecimal completedInvestment, BigDecimal completionPercent) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Page<T>(List<T> items, int page, int size, long total) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Description(String name, Boolean onCityList) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FundingEntry(String entryId, String source, String status, BigDecimal amount, LocalDate date, String note) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Project(String code, Description description, String stage, Map<String, BigDecimal> annualPlans,
                   List<FundingEntry> funding) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FundingTotals(int year, Map<String, Map<String, BigDecimal>> bySource, BigDecimal secured, BigDecimal disbursed) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PromotionStatistics(int year, int trips, int companiesMet, int dealsSigned, int dealsOfOneYiOrMore,
                               BigDecimal signedAmount) {
    }
}
