package cn.gov.zhushan.plan.tourism.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import cn.gov.zhushan.plan.tourism.complaints.Complaint;
import cn.gov.zhushan.plan.tourism.complaints.ComplaintRepository;
import cn.gov.zhushan.plan.tourism.demo.Demo2024.DemoComplaint;
import cn.gov.zhushan.plan.tourism.demo.Demo2024.DemoWindow;
import cn.gov.zhushan.plan.tourism.footfall.FootfallIngestion;
import cn.gov.zhushan.plan.tourism.footfall.FootfallProperties;
import cn.gov.zhushan.plan.tourism.footfall.ReadingInput;
import cn.gov.zhushan.plan.tourism.holidays.Holiday;
import cn.gov.zhushan.plan.tourism.holidays.HolidayRepository;
import cn.gov.zhushan.plan.tourism.sites.SiteDirectory;

/**
 * Loads {@link Demo2024} when {@code platform.demo-data.enabled=true} (the local profile), after start-up
 * (so the site and holiday catalogues are in). The footfall goes the way real counts go: gate-counter
 * readings through {@link FootfallIngestion#importHistory} (2024 is past the grace period) onto the raw
 * topic, counted by the aggregation, re-totalled per opening day and published as footfall-daily, so
 * indicator-service's visitor arrivals show the report's figure. The complaints are stored as resolved
 * history without complaint-resolved events (old news). Idempotent and resumable: one marker per
 * holiday and one for the complaints in {@code demo_data}, set only after the broker acknowledged the
 * readings; a reading sent again counts once and complaints have deterministic ids, so a run interrupted
 * half-way completes on the next start.
 */
@Component
public class DemoDataLoader {

    static final String MARKERS = "demo_data";
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final MongoTemplate mongo;
    private final HolidayRepository holidays;
    private final SiteDirectory sites;
    private final ComplaintRepository complaints;
    private final FootfallIngestion ingestion;
    private final FootfallProperties properties;
    private final boolean enabled;

    public DemoDataLoader(MongoTemplate mongo, HolidayRepository holidays, SiteDirectory sites,
                          ComplaintRepository complaints, FootfallIngestion ingestion, FootfallProperties properties,
                          @Value("${platform.demo-data.enabled:false}") boolean enabled) {
        this.mongo = mongo;
        this.holidays = holidays;
        this.sites = sites;
        this.complaints = complaints;
        this.ingestion = ingestion;
        this.properties = properties;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void onReady() {
        if (enabled) {
            long started = System.nanoTime();
            try {
                int loaded = load();
                log.info("Demo data {}: {} item(s) loaded in {} ms", Demo2024.YEAR, loaded,
                        (System.nanoTime() - started) / 1_000_000);
            } catch (RuntimeException e) {
                // e.g. the broker not reachable yet: the service works without demo data, the next start completes it
                log.warn("Demo data {} incomplete ({}); the next start completes it", Demo2024.YEAR, e.getMessage());
            }
        }
    }

    /** Loads whatever is not marked done yet; returns how many items (holidays, complaint set) were loaded now. */
    public synchronized int load() {
        int loaded = 0;
        List<Holiday> ofYear = holidays.findByYearOrderByStart(Demo2024.YEAR);
        long[] shares = Demo2024.holidayShares(ofYear);
        for (int i = 0; i < ofYear.size(); i++) {
            Holiday holiday = ofYear.get(i);
            String marker = "footfall-" + holiday.id();
            if (marked(marker)) {
                continue;
            }
            List<ReadingInput> readings = new ArrayList<>();
            for (DemoWindow w : Demo2024.windows(holiday, shares[i], sites.all())) {
                readings.addAll(Demo2024.readings(w, sites.get(w.site()), properties.maxCountPerReading()));
            }
            for (int from = 0; from < readings.size(); from += properties.maxBatchReadings()) {
                FootfallIngestion.Result result = ingestion.importHistory(
                        readings.subList(from, Math.min(readings.size(), from + properties.maxBatchReadings())));
                if (!result.rejected().isEmpty()) {
                    throw new IllegalStateException("Demo readings rejected: " + result.rejected().get(0));
                }
            }
            mark(marker);
            loaded++;
        }
        String marker = "complaints-" + Demo2024.YEAR;
        if (!marked(marker)) {
            List<DemoComplaint> demo = Demo2024.complaints(sites.all());
            Set<String> present = new HashSet<>();
            complaints.findAllById(demo.stream().map(DemoComplaint::id).toList())
                    .forEach(c -> present.add(c.getServiceRequestId()));
            List<Complaint> missing = new ArrayList<>();
            for (DemoComplaint d : demo) {
                if (!present.contains(d.id())) {
                    Complaint c = new Complaint(d.id(), null, Complaint.Category.INTEGRITY_REFUND,
                            "诚信退赔 / integrity refund request (demo data " + Demo2024.YEAR + ")", d.siteCode(),
                            "珠山区文化广电新闻出版旅游局", d.requestedAt());
                    c.resolve("退赔到位 / refunded (demo data)", d.refundAmount(), d.resolvedAt());
                    c.rate(d.satisfactionScore(), d.resolvedAt());
                    missing.add(c);
                }
            }
            complaints.insert(missing);
            mark(marker);
            loaded++;
        }
        return loaded;
    }

    private boolean marked(String id) {
        return mongo.getCollection(MARKERS).countDocuments(new Document("_id", id)) > 0;
    }

    private void mark(String id) {
        mongo.getCollection(MARKERS).replaceOne(new Document("_id", id),
                new Document("_id", id).append("loadedAt", java.util.Date.from(Instant.now())),
                new com.mongodb.client.model.ReplaceOptions().upsert(true));
    }

}
