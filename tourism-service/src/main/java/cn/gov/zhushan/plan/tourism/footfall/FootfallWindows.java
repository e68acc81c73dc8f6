package cn.gov.zhushan.plan.tourism.footfall;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import cn.gov.zhushan.plan.tourism.footfall.FootfallSeries.Quarter;
import cn.gov.zhushan.plan.tourism.footfall.FootfallSeries.Span;
import cn.gov.zhushan.plan.tourism.sites.OpeningDay;
import cn.gov.zhushan.plan.tourism.sites.Site;
import cn.gov.zhushan.plan.tourism.sites.SiteDirectory;

/**
 * Reads the stored 15-minute counts by opening day. The windows are stored by calendar day (the ingest
 * path stays free of site rules); which opening day a quarter belongs to is decided here, from the site's
 * current opening hours, so an opening day that runs past midnight reads two calendar days.
 */
@Component
public class FootfallWindows {

    private final MongoTemplate mongo;
    private final SiteDirectory sites;

    public FootfallWindows(MongoTemplate mongo, SiteDirectory sites) {
        this.mongo = mongo;
        this.sites = sites;
    }

    /** A site's opening day whose counts changed. */
    public record SiteDay(String site, LocalDate day) {
    }

    /** The quarters of the given opening days, for one site or (site null) all sites. */
    public List<Quarter> quarters(String site, Collection<LocalDate> days) {
        Map<String, OpeningDay> openingDays = new HashMap<>();
        // an opening day runs past midnight only for a site open then: read the next calendar day just for that
        boolean pastMidnight = site == null
                ? sites.all().stream().anyMatch(s -> !openingDays.computeIfAbsent(s.code(), c -> s.openingDay()).isCalendarDay())
                : !openingDays.computeIfAbsent(site, this::openingDay).isCalendarDay();
        Set<String> calendarDays = new HashSet<>();
        for (LocalDate day : days) {
            calendarDays.add(day.toString());
            if (pastMidnight) {
                calendarDays.add(day.plusDays(1).toString());
            }
        }
        Bson filter = site == null ? Filters.in("day", calendarDays)
                : Filters.and(Filters.eq("site", site), Filters.in("day", calendarDays));
        Set<LocalDate> wanted = new HashSet<>(days);
        List<Quarter> quarters = new ArrayList<>();
        for (Document doc : mongo.getCollection(FootfallAggregator.WINDOWS).find(filter)
                .projection(Projections.include("site", "start", "in", "out"))) {
            String code = doc.getString("site");
            LocalDateTime start = LocalDateTime.parse(doc.getString("start"));
            LocalDate day = openingDays.computeIfAbsent(code, this::openingDay).dayOf(start);
            if (wanted.contains(day)) {
                quarters.add(new Quarter(code, day, start, ((Number) doc.get("in")).longValue(),
                        ((Number) doc.get("out")).longValue()));
            }
        }
        return quarters;
    }

    /** The local span of an opening day: the site's, or for the district (site null) from the earliest start to the latest end. */
    public Span span(String site, LocalDate day) {
        if (site != null) {
            OpeningDay openingDay = openingDay(site);
            return new Span(openingDay.startOf(day), openingDay.endOf(day));
        }
        LocalDateTime start = day.atStartOfDay();
        LocalDateTime end = day.plusDays(1).atStartOfDay();
        for (Site s : sites.all()) {
            OpeningDay openingDay = s.openingDay();
            start = min(start, openingDay.startOf(day));
            end = max(end, openingDay.endOf(day));
        }
        return new Span(start, end);
    }

    /** The site opening days whose counts changed at or after {@code since}. */
    public Set<SiteDay> changedSince(Instant since) {
        Set<SiteDay> changed = new LinkedHashSet<>();
        Map<String, OpeningDay> openingDays = new HashMap<>();
        for (Document doc : mongo.getCollection(FootfallAggregator.WINDOWS)
                .find(Filters.gte("changedAt", Date.from(since))).projection(Projections.include("site", "start"))) {
            String code = doc.getString("site");
            changed.add(new SiteDay(code, openingDays.computeIfAbsent(code, this::openingDay)
                    .dayOf(LocalDateTime.parse(doc.getString("start")))));
        }
        return changed;
    }

    private OpeningDay openingDay(String site) {
        return sites.find(site).map(Site::openingDay).orElse(OpeningDay.CALENDAR);
    }

    private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }
}
