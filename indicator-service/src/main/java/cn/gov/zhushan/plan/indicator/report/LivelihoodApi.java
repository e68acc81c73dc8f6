package cn.gov.zhushan.plan.indicator.report;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The parts of livelihood-service's annual summary and employment statistics the report reads. Amounts in yuan. */
final class LivelihoodApi {

    private LivelihoodApi() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ProgramYear(String programCode, int cycles, long households, long persons, BigDecimal amountYuan) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record EmploymentYear(int year, long stations, long postings, long positionsOffered, long placements,
                          long loansGranted, BigDecimal loanAmountYuan) {
    }
}
