package cn.gov.zhushan.plan.indicator.report;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The parts of tourism-service's holiday footfall and complaint statistics the report reads. */
final class TourismApi {

    private TourismApi() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Holiday(String id, int year, String code, String nameZh, LocalDate start, LocalDate end) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Comparison(long current, Long lastYear, BigDecimal changePercent) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record HolidayFootfall(Holiday holiday, Comparison districtArrivals) {
    }

    /** @param refundsTotal yuan */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ComplaintStatistics(int count, int resolved, BigDecimal refundsTotal, int surveyed, int satisfied,
                               BigDecimal satisfactionRatePercent) {
    }
}
