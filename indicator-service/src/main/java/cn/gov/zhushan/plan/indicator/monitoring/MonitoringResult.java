package cn.gov.zhushan.plan.indicator.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.gov.zhushan.plan.platform.events.PendingEvent;

/**
 * The persisted outcome of monitoring one target (DHIS2's validation result): the latest evaluation and every
 * status change. Warning events wait in {@code pendingEvents}, written with the status change.
 */
@Document(MonitoringResult.COLLECTION)
public class MonitoringResult {

    public static final String COLLECTION = "monitoring_results";

    @Id
    private String id;
    private String indicatorCode;
    private String regionCode;
    private int year;
    private String importance;
    private AttainmentStatus status;
    private String period;
    private BigDecimal measure;
    private BigDecimal expected;
    private BigDecimal threshold;
    private BigDecimal shortfall;
    private Instant evaluatedAt;
    private List<StatusChange> history = new ArrayList<>();
    private List<PendingEvent> pendingEvents = new ArrayList<>();
    @Version
    private Long version;

    protected MonitoringResult() {
    }

    public MonitoringResult(String targetId, String indicatorCode, String regionCode, int year) {
        this.id = targetId;
        this.indicatorCode = indicatorCode;
        this.regionCode = regionCode;
        this.year = year;
    }

    public record StatusChange(AttainmentStatus from, AttainmentStatus to, String period, BigDecimal measure, Instant at) {
    }

    /** Stores the evaluation; returns the previous status when it changed, otherwise null. */
    public boolean apply(Attainment.Evaluation evaluation, String period, String importance, Instant at) {
        AttainmentStatus previous = status;
        this.importance = importance;
        this.status = evaluation.status();
        this.period = period;
        this.measure = evaluation.measure();
        this.expected = evaluation.expected();
        this.threshold = evaluation.threshold();
        this.shortfall = evaluation.shortfall();
        this.evaluatedAt = at;
        if (previous != evaluation.status()) {
            history.add(new StatusChange(previous, evaluation.status(), period, evaluation.measure(), at));
            return true;
        }
        return false;
    }

    public void publish(PendingEvent event) {
        pendingEvents.add(event);
    }

    /** The result as the API shows it. */
    public record View(String indicator, String region, int year, String importance, AttainmentStatus status,
                       String period, BigDecimal measure, BigDecimal expected, BigDecimal threshold,
                       BigDecimal shortfall, Instant evaluatedAt, List<StatusChange> history) {
    }

    public View view() {
        return new View(indicatorCode, regionCode, year, importance, status, period, measure, expected, threshold,
                shortfall, evaluatedAt, List.copyOf(history));
    }

    public String id() { return id; }
    public String indicatorCode() { return indicatorCode; }
    public String regionCode() { return regionCode; }
    public int year() { return year; }
    public String importance() { return importance; }
    public AttainmentStatus status() { return status; }
    public String period() { return period; }
    public BigDecimal measure() { return measure; }
    public BigDecimal expected() { return expected; }
    public BigDecimal threshold() { return threshold; }
    public BigDecimal shortfall() { return shortfall; }
    public Instant evaluatedAt() { return evaluatedAt; }
    public List<StatusChange> history() { return history; }
}
