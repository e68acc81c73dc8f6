package cn.gov.zhushan.plan.tourism.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.InsertManyOptions;
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
import cn.gov.zhushan.plan.tourism.footfall.FootfallAggregator;
import cn.gov.zhushan.plan.tourism.holidays.Holiday;
import cn.gov.zhushan.plan.tourism.holidays.HolidayRepository;
import cn.gov.zhushan.plan.tourism.sites.SiteDirectory;

/**
 * Loads {@link Demo2024} when {@code platform.demo-data.enabled=true} (the local profile), after start-up
 * (so the site and holiday catalogues are in). The footfall is written as stored 15-minute windows
 * directly, bypassing ingestion: readings of 2024 would be refused by the 24-hour grace rule, and the
 * queries read the windows anyway. No events are published for it (no footfall-daily, no
 * complaint-resolved): it is history, not news. Idempotent and resumable: one marker per holiday and
 * one for the complaints in {@code demo_data}; windows and complaints have deterministic ids and are
 * inserted only if missing, so a run interrupted half-way completes on the next start.
 */
@Component
public class DemoDataLoader {

    static final String MARKERS = "demo_data";
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final int DUPLICATE_KEY = 11000;

    private final MongoTemplate mongo;
    private final HolidayRepository holidays;
    private final SiteDirectory sites;
    private final ComplaintRepository complaints;
    private final boolean enabled;

    public DemoDataLoader(MongoTemplate mongo, HolidayRepository holidays, SiteDirectory sites,
                          ComplaintRepository complaints, @Value("${platform.demo-data.enabled:false}") boolean enabled) {
        this.mongo = mongo;
        this.holidays = holidays;
        this.sites = sites;
        this.complaints = complaints;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void onReady() {
        if (enabled) {
            long started = System.nanoTime();
            int loaded = load();
            log.info("Demo data {}: {} item(s) loaded in {} ms", Demo2024.YEAR, loaded,
                    (System.nanoTime() - started) / 1_000_000);
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
            List<Document> docs = new ArrayList<>();
            for (DemoWindow w : Demo2024.windows(holiday, shares[i], sites.all())) {
                docs.add(new Document("_id", w.id()).append("site", w.site())
                        .append("day", w.start().toLocalDate().toString()).append("start", w.start().toString())
                        .append("in", w.in()).append("out", w.out()).append("demo", true));
            }
            insertMissing(FootfallAggregator.WINDOWS, docs);
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

    private void insertMissing(String collection, List<Document> docs) {
        if (docs.isEmpty()) {
            return;
        }
        try {
            mongo.getCollection(collection).insertMany(docs, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw e;
                }
            }
        }
    }
}
