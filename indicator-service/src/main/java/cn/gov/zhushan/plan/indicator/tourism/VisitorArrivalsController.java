package cn.gov.zhushan.plan.indicator.tourism;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.validation.constraints.Pattern;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Visitor arrivals (游客接待量, person-visits) for a year or a month, from tourism-service's daily footfall. */
@RestController
@Validated
@RequestMapping("/api/v1/indicators/visitor-arrivals")
class VisitorArrivalsController {

    private final MongoTemplate mongo;

    VisitorArrivalsController(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @GetMapping("/{period}")
    VisitorArrivals arrivals(@PathVariable @Pattern(regexp = "\\d{4}(-(0[1-9]|1[0-2]))?",
            message = "must be a year (2024) or a month (2024-09)") String period) {
        Criteria criteria = period.length() == 4 ? Criteria.where("year").is(Integer.parseInt(period))
                : Criteria.where("month").is(period);
        Map<String, Long> bySite = new TreeMap<>();
        int days = 0;
        for (Document day : mongo.find(Query.query(criteria), Document.class, FootfallDailyListener.COLLECTION)) {
            bySite.merge(day.getString("siteCode"), ((Number) day.get("arrivals")).longValue(), Long::sum);
            days++;
        }
        long total = bySite.values().stream().mapToLong(Long::longValue).sum();
        return new VisitorArrivals(period, total, days,
                bySite.entrySet().stream().map(e -> new SiteArrivals(e.getKey(), e.getValue())).toList());
    }

    /** @param siteDays how many site-days were counted */
    record VisitorArrivals(String period, long personVisits, int siteDays, List<SiteArrivals> sites) {
    }

    record SiteArrivals(String siteCode, long personVisits) {
    }
}
