package cn.gov.zhushan.plan.tourism.footfall;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import cn.gov.zhushan.plan.tourism.footfall.FootfallSeries.Quarter;

/** Reads the stored 15-minute counts. */
@Component
public class FootfallWindows {

    private final MongoTemplate mongo;

    public FootfallWindows(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A site's day that changed. */
    public record SiteDay(String site, LocalDate day) {
    }

    /** The quarters of the given days, for one site or (site null) all sites. */
    public List<Quarter> quarters(String site, Collection<LocalDate> days) {
        List<String> dayKeys = days.stream().map(LocalDate::toString).toList();
        Bson filter = site == null ? Filters.in("day", dayKeys)
                : Filters.and(Filters.eq("site", site), Filters.in("day", dayKeys));
        List<Quarter> quarters = new ArrayList<>();
        for (Document doc : mongo.getCollection(FootfallAggregator.WINDOWS).find(filter)
                .projection(Projections.include("site", "start", "in", "out"))) {
            quarters.add(new Quarter(doc.getString("site"), LocalDateTime.parse(doc.getString("start")),
                    ((Number) doc.get("in")).longValue(), ((Number) doc.get("out")).longValue()));
        }
        return quarters;
    }

    /** The site days whose counts changed at or after {@code since}. */
    public Set<SiteDay> changedSince(Instant since) {
        Set<SiteDay> changed = new LinkedHashSet<>();
        for (Document doc : mongo.getCollection(FootfallAggregator.WINDOWS)
                .find(Filters.gte("changedAt", Date.from(since))).projection(Projections.include("site", "day"))) {
            changed.add(new SiteDay(doc.getString("site"), LocalDate.parse(doc.getString("day"))));
        }
        return changed;
    }
}
