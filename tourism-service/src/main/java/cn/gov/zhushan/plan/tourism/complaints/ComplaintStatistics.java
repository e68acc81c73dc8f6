package cn.gov.zhushan.plan.tourism.complaints;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Collection;
import java.util.List;

/**
 * Complaint figures for a period.
 *
 * @param refundsTotal            yuan refunded
 * @param medianResolutionHours   median time from request to resolution of the resolved ones, one decimal
 * @param satisfactionRatePercent share of surveyed complaints scored 4 or 5, one decimal
 */
public record ComplaintStatistics(int count, int resolved, BigDecimal refundsTotal, BigDecimal medianResolutionHours,
                                  int surveyed, int satisfied, BigDecimal satisfactionRatePercent) {

    public static ComplaintStatistics of(Collection<Complaint> complaints) {
        List<Complaint> resolved = complaints.stream().filter(c -> c.getStatus() == Complaint.Status.CLOSED).toList();
        BigDecimal refunds = resolved.stream().map(Complaint::getRefundAmount).filter(a -> a != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Long> minutes = resolved.stream()
                .map(c -> Duration.between(c.getRequestedAt(), c.getResolvedAt()).toMinutes()).sorted().toList();
        BigDecimal median = null;
        if (!minutes.isEmpty()) {
            int mid = minutes.size() / 2;
            double value = minutes.size() % 2 == 1 ? minutes.get(mid) : (minutes.get(mid - 1) + minutes.get(mid)) / 2.0;
            median = BigDecimal.valueOf(value).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
        }
        List<Integer> scores = complaints.stream().map(Complaint::getSatisfactionScore).filter(s -> s != null).toList();
        int satisfied = (int) scores.stream().filter(s -> s >= 4).count();
        BigDecimal rate = scores.isEmpty() ? null : BigDecimal.valueOf(satisfied * 100L)
                .divide(BigDecimal.valueOf(scores.size()), 1, RoundingMode.HALF_UP);
        return new ComplaintStatistics(complaints.size(), resolved.size(), refunds, median, scores.size(), satisfied, rate);
    }
}
