package cn.gov.zhushan.plan.indicator.observations;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.gov.zhushan.plan.indicator.periods.Period;
import cn.gov.zhushan.plan.platform.events.PendingEvent;

/**
 * One data value (DHIS2) or observation (SDMX): an indicator in a region for a period, in the
 * indicator's unit. Every replaced version is kept in {@code revisions} (the vintages), so the audit
 * trail and the value "as of" a past date can be answered. Its events wait in {@code pendingEvents}
 * and are saved in the same single-document write as the change.
 */
@Document(Observation.COLLECTION)
public class Observation {

    public static final String COLLECTION = "observations";

    @Id
    private String id;
    private String indicatorCode;
    private String regionCode;
    private String period;
    private String periodType;
    private int year;
    private int periodIndex;
    private Figures current;
    private List<Figures> revisions = new ArrayList<>();
    private List<PendingEvent> pendingEvents = new ArrayList<>();
    @Version
    private Long version;

    protected Observation() {
    }

    public Observation(String indicatorCode, String regionCode, Period period) {
        this.id = idOf(indicatorCode, regionCode, period.toString());
        this.indicatorCode = indicatorCode;
        this.regionCode = regionCode;
        this.period = period.toString();
        this.periodType = period.type().name();
        this.year = period.year();
        this.periodIndex = period.index();
    }

    public static String idOf(String indicatorCode, String regionCode, String period) {
        return indicatorCode + ":" + regionCode + ":" + period;
    }

    /**
     * One version of the figures.
     *
     * @param value          level in the indicator's unit, or null when only a growth was reported
     * @param growthPercent  year-on-year growth, %; as reported when {@code growthReported} (GDP growth is at
     *                       comparable prices and cannot be derived from the levels)
     * @param status         {@code PROVISIONAL} or {@code FINAL}
     * @param approximation  the word that makes the figure approximate as published (约 about, 近 nearly, 余 over),
     *                       null for an exact figure
     * @param revisionReason why a FINAL figure was revised (an official revision by the statistics bureau), else null
     */
    public record Figures(BigDecimal value, BigDecimal growthPercent, boolean growthReported, String status,
                          String sourceDepartment, String recordedBy, Instant recordedAt, String approximation,
                          String revisionReason) {

        @PersistenceCreator
        public Figures {
        }

        public Figures(BigDecimal value, BigDecimal growthPercent, boolean growthReported, String status,
                       String sourceDepartment, String recordedBy, Instant recordedAt) {
            this(value, growthPercent, growthReported, status, sourceDepartment, recordedBy, recordedAt, null, null);
        }

        public boolean isFinal() {
            return "FINAL".equals(status);
        }

        public boolean approximate() {
            return approximation != null;
        }

        boolean sameAs(Figures other) {
            return other != null && sameNumber(value, other.value) && sameNumber(growthPercent, other.growthPercent)
                    && Objects.equals(status, other.status) && Objects.equals(sourceDepartment, other.sourceDepartment)
                    && Objects.equals(approximation, other.approximation);
        }

        private static boolean sameNumber(BigDecimal a, BigDecimal b) {
            return a == null ? b == null : b != null && a.compareTo(b) == 0;
        }
    }

    /** Replaces the figures, keeping the old ones as a revision; returns false when nothing changed. */
    public boolean record(Figures figures) {
        if (figures.sameAs(current)) {
            return false;
        }
        if (current != null) {
            revisions.add(current);
        }
        current = figures;
        return true;
    }

    /** The figures that were in force at {@code instant}, if the observation existed then. */
    public Optional<Figures> asOf(Instant instant) {
        if (current != null && !current.recordedAt().isAfter(instant)) {
            return Optional.of(current);
        }
        for (int i = revisions.size() - 1; i >= 0; i--) {
            if (!revisions.get(i).recordedAt().isAfter(instant)) {
                return Optional.of(revisions.get(i));
            }
        }
        return Optional.empty();
    }

    /** Every version, oldest first, the current one last. */
    public List<Figures> versions() {
        List<Figures> all = new ArrayList<>(revisions);
        if (current != null) {
            all.add(current);
        }
        return all;
    }

    public void publish(PendingEvent event) {
        pendingEvents.add(event);
    }

    public Period periodValue() {
        return Period.parse(period);
    }

    public String id() {
        return id;
    }

    public String indicatorCode() {
        return indicatorCode;
    }

    public String regionCode() {
        return regionCode;
    }

    public String period() {
        return period;
    }

    public int year() {
        return year;
    }

    public Figures current() {
        return current;
    }

    public int revisionCount() {
        return revisions.size();
    }
}
