package cn.gov.zhushan.plan.tourism.complaints;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A complaint as the API shows it. The free text (description, resolution) is masked
 * ({@link PersonalDataMask}) for a reader without {@code tourism:write}. Refund in yuan.
 */
public record ComplaintView(String serviceRequestId, Complaint.Category category, String description,
                            String siteCode, String agency, Complaint.Status status, Instant requestedAt,
                            Instant updatedAt, Instant resolvedAt, String resolution, BigDecimal refundAmount,
                            Integer satisfactionScore) {

    public static ComplaintView of(Complaint c, boolean unmasked) {
        return new ComplaintView(c.getServiceRequestId(), c.getCategory(),
                unmasked ? c.getDescription() : PersonalDataMask.mask(c.getDescription()), c.getSiteCode(),
                c.getAgency(), c.getStatus(), c.getRequestedAt(), c.getUpdatedAt(), c.getResolvedAt(),
                unmasked ? c.getResolution() : PersonalDataMask.mask(c.getResolution()), c.getRefundAmount(),
                c.getSatisfactionScore());
    }
}
