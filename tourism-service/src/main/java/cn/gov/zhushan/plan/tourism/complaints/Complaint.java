package cn.gov.zhushan.plan.tourism.complaints;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.gov.zhushan.plan.platform.events.PendingEvent;

/**
 * A visitor complaint, after Open311's service request: {@code serviceRequestId}, category (service
 * code), status, requested / updated times, agency responsible; plus the refund and the visitor's
 * satisfaction score.
 */
@Document("complaints")
public class Complaint {

    public enum Category { PRICE, INTEGRITY_REFUND, SERVICE, SAFETY, OTHER }

    public enum Status { OPEN, CLOSED }

    @Id
    private String serviceRequestId;
    /** Caller + Idempotency-Key, so a retried POST does not file the complaint twice. */
    private String idempotencyKey;
    private Category category;
    private String description;
    private String siteCode;
    private String agency;
    private Status status = Status.OPEN;
    private Instant requestedAt;
    private Instant updatedAt;
    private Instant resolvedAt;
    private String resolution;
    /** Yuan. */
    private BigDecimal refundAmount;
    private Integer satisfactionScore;
    private List<PendingEvent> pendingEvents = new ArrayList<>();
    @Version
    private Long version;

    protected Complaint() {
    }

    public Complaint(String serviceRequestId, String idempotencyKey, Category category, String description,
                     String siteCode, String agency, Instant requestedAt) {
        this.serviceRequestId = serviceRequestId;
        this.idempotencyKey = idempotencyKey;
        this.category = category;
        this.description = description;
        this.siteCode = siteCode;
        this.agency = agency;
        this.requestedAt = requestedAt;
        this.updatedAt = requestedAt;
    }

    public void resolve(String resolution, BigDecimal refundAmount, Instant at) {
        this.status = Status.CLOSED;
        this.resolution = resolution;
        this.refundAmount = refundAmount;
        this.resolvedAt = at;
        this.updatedAt = at;
    }

    public void rate(int score, Instant at) {
        this.satisfactionScore = score;
        this.updatedAt = at;
    }

    public void publish(PendingEvent event) {
        pendingEvents.add(event);
    }

    public String getServiceRequestId() {
        return serviceRequestId;
    }

    public Category getCategory() {
        return category;
    }

    public String getDescription() {
        return description;
    }

    public String getSiteCode() {
        return siteCode;
    }

    public String getAgency() {
        return agency;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public String getResolution() {
        return resolution;
    }

    public BigDecimal getRefundAmount() {
        return refundAmount;
    }

    public Integer getSatisfactionScore() {
        return satisfactionScore;
    }
}
