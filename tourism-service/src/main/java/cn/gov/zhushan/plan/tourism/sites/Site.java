package cn.gov.zhushan.plan.tourism.sites;

import java.time.LocalTime;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A visitor site.
 *
 * @param kind            {@code HISTORIC_BLOCK}, {@code MUSEUM}, {@code NIGHT_DISTRICT}, {@code MARKET} or {@code RESORT}
 * @param capacity        the most people that may be present at once
 * @param opensAt         opening time, local (Asia/Shanghai), e.g. {@code 09:00}
 * @param closesAt        closing time, local; before {@code opensAt} when the site closes after midnight
 * @param sources         the counting sources allowed to report footfall for this site
 * @param warnPercent     occupancy at or above this share of capacity warns (default 80)
 * @param criticalPercent occupancy at or above this share of capacity is critical (default 100)
 */
@Document("sites")
public record Site(@Id String code, String nameZh, String nameEn, String kind, int capacity, double latitude,
                   double longitude, String opensAt, String closesAt, List<CountingSource> sources,
                   Integer warnPercent, Integer criticalPercent) {

    public static final int DEFAULT_WARN_PERCENT = 80;
    public static final int DEFAULT_CRITICAL_PERCENT = 100;

    public Site {
        sources = sources == null ? List.of() : List.copyOf(sources);
        warnPercent = warnPercent == null ? DEFAULT_WARN_PERCENT : warnPercent;
        criticalPercent = criticalPercent == null ? DEFAULT_CRITICAL_PERCENT : criticalPercent;
    }

    public boolean hasSource(String sourceId) {
        return sources.stream().anyMatch(s -> s.id().equals(sourceId));
    }

    /** When this site's counting day starts (see {@link OpeningDay}). */
    public OpeningDay openingDay() {
        return OpeningDay.of(LocalTime.parse(opensAt), LocalTime.parse(closesAt));
    }

    public boolean isNightDistrict() {
        return "NIGHT_DISTRICT".equals(kind);
    }

    /**
     * A device or feed that counts people at a site.
     *
     * @param id   unique source id, sent as {@code source} in each reading
     * @param kind {@code GATE_COUNTER}, {@code TICKETING}, {@code CAMERA} or {@code TELECOM_ESTIMATE}
     */
    public record CountingSource(String id, String kind, String description) {
    }
}
