package cn.gov.zhushan.plan.tourism.holidays;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A holiday's figure beside the same holiday last year.
 *
 * @param changePercent (current − last year) / last year × 100, one decimal; null when there is no
 *                      last-year figure or it was zero
 */
public record HolidayComparison(long current, Long lastYear, BigDecimal changePercent) {

    public static HolidayComparison of(long current, Long lastYear) {
        if (lastYear == null || lastYear == 0) {
            return new HolidayComparison(current, lastYear, null);
        }
        BigDecimal change = BigDecimal.valueOf(current - lastYear).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(lastYear), 1, RoundingMode.HALF_UP);
        return new HolidayComparison(current, lastYear, change);
    }
}
