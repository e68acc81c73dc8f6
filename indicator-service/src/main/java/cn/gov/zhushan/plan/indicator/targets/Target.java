package cn.gov.zhushan.plan.indicator.targets;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.gov.zhushan.plan.platform.events.PendingEvent;

/**
 * A plan target for one indicator in one region and year: a growth (percent) or a level (the indicator's
 * unit) with a comparator and, for "about" (左右), a tolerance band. A growth target on a known base implies
 * a level ({@code impliedLevel}). Its target-set events wait in {@code pendingEvents}.
 */
@Document(Target.COLLECTION)
public class Target {

    public static final String COLLECTION = "targets";

    @Id
    private String id;
    private String indicatorCode;
    private String regionCode;
    private int year;
    private TargetKind kind;
    private TargetComparator comparator;
    private BigDecimal value;
    private BigDecimal tolerance;
    private String toleranceSource;
    private String importance;
    private BigDecimal baseLevel;
    private BigDecimal impliedLevel;
    private String impliedLevelPrices;
    private String setBy;
    private Instant setAt;
    private List<PendingEvent> pendingEvents = new ArrayList<>();
    @Version
    private Long version;

    protected Target() {
    }

    public Target(String indicatorCode, String regionCode, int year) {
        this.id = idOf(indicatorCode, regionCode, year);
        this.indicatorCode = indicatorCode;
        this.regionCode = regionCode;
        this.year = year;
    }

    public static String idOf(String indicatorCode, String regionCode, int year) {
        return indicatorCode + ":" + regionCode + ":" + year;
    }

    /** Returns false when the target already says exactly this. */
    public boolean set(TargetKind kind, TargetComparator comparator, BigDecimal value, BigDecimal tolerance,
                       String toleranceSource, String importance, BigDecimal baseLevel, BigDecimal impliedLevel,
                       String impliedLevelPrices, String setBy, Instant setAt) {
        if (kind == this.kind && comparator == this.comparator && same(value, this.value) && same(tolerance, this.tolerance)
                && importance.equals(this.importance) && same(baseLevel, this.baseLevel)
                && java.util.Objects.equals(toleranceSource, this.toleranceSource)
                && java.util.Objects.equals(impliedLevelPrices, this.impliedLevelPrices)) {
            return false;
        }
        this.toleranceSource = toleranceSource;
        this.impliedLevelPrices = impliedLevelPrices;
        this.kind = kind;
        this.comparator = comparator;
        this.value = value;
        this.tolerance = tolerance;
        this.importance = importance;
        this.baseLevel = baseLevel;
        this.impliedLevel = impliedLevel;
        this.setBy = setBy;
        this.setAt = setAt;
        return true;
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    public void publish(PendingEvent event) {
        pendingEvents.add(event);
    }

    public String id() { return id; }
    public String indicatorCode() { return indicatorCode; }
    public String regionCode() { return regionCode; }
    public int year() { return year; }
    public TargetKind kind() { return kind; }
    public TargetComparator comparator() { return comparator; }
    public BigDecimal value() { return value; }
    public BigDecimal tolerance() { return tolerance; }
    /** {@code TARGET} when given with the target, {@code DEFAULT_<category>} when the kind of indicator's default. */
    public String toleranceSource() { return toleranceSource; }
    /** {@code COMPARABLE_PRICES_OF_2024} for a real growth target (GDP), {@code CURRENT_PRICES} otherwise. */
    public String impliedLevelPrices() { return impliedLevelPrices; }
    public String importance() { return importance; }
    public BigDecimal baseLevel() { return baseLevel; }
    public BigDecimal impliedLevel() { return impliedLevel; }
    public String setBy() { return setBy; }
    public Instant setAt() { return setAt; }
}
