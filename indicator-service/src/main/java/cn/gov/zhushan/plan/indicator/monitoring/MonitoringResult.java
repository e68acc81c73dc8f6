package cn.gov.zhushan.plan.indicator.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.gov.zhushan.plan.indicator.targets.Band;
import cn.gov.zhushan.plan.indicator.targets.Direction;
import cn.gov.zhushan.plan.indicator.targets.TargetOutlook;
import cn.gov.zhushan.plan.indicator.targets.WithinYearPath;
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
    private Direction direction;
    private Band band;
    private WithinYearPath.Shape pathShape;
    private List<TargetOutlook.Milestone> path = new ArrayList<>();
    private BigDecimal projection;
    private BigDecimal projectedShortfall;
    private boolean projectionMissesBand;
    private ReportingCalendar.Overdue dataOverdue;
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

    /** Stores the band, the path and the year-end projection of the latest evaluation. */
    public void outlook(TargetOutlook.Outlook outlook) {
        this.direction = outlook.direction();
        this.band = outlook.band();
        this.pathShape = outlook.shape();
        this.path = new ArrayList<>(outlook.path());
        this.projection = outlook.projection();
        this.projectedShortfall = outlook.projectedShortfall();
        this.projectionMissesBand = outlook.projectionMissesBand();
    }

    /** The figure due by the reporting calendar that has not come, or null. */
    public void overdue(ReportingCalendar.Overdue overdue) {
        this.dataOverdue = overdue;
    }

    public void publish(PendingEvent event) {
        pendingEvents.add(event);
    }

    /** The result as the API shows it. */
    /**
     * The result as the API shows it.
     *
     * @param band                 the values that meet the target at year end (percent for growth targets)
     * @param path                 the year-to-date measure due at each milestone, along last year's shape or even
     * @param projection           the year-end measure the latest year-to-date figure points to
     * @param projectedShortfall   how far outside the band the projection lies; positive when it misses
     * @param projectionMissesBand a warning while the year runs, even where the year to date is on the path
     * @param dataOverdue          the period whose figures were due by the reporting calendar and have not come
     */
    public record View(String indicator, String region, int year, String importance, AttainmentStatus status,
                       String period, BigDecimal measure, BigDecimal expected, BigDecimal threshold,
                       BigDecimal shortfall, Instant evaluatedAt, List<StatusChange> history,
                       Direction direction, Band band, WithinYearPath.Shape pathShape, List<TargetOutlook.Milestone> path,
                       BigDecimal projection, BigDecimal projectedShortfall, boolean projectionMissesBand,
                       ReportingCalendar.Overdue dataOverdue) {
    }

    public View view() {
        return new View(indicatorCode, regionCode, year, importance, status, period, measure, expected, threshold,
                shortfall, evaluatedAt, List.copyOf(history), direction, band, pathShape,
                path == null ? List.of() : List.copyOf(path), projection, projectedShortfall, projectionMissesBand,
                dataOverdue);
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
