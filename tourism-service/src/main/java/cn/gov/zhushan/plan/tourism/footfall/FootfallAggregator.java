package cn.gov.zhushan.plan.tourism.footfall;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts one partition's readings into 15-minute windows, exactly once, without transactions:
 * <ol>
 *   <li>dedupe: each reading's key (site, source, timestamp) is inserted into {@code footfall_readings}
 *       with the partition and offset that carried it. A key already stored from another offset is a
 *       duplicate and is dropped; stored from this very offset means this record is being redelivered,
 *       and it goes on to step 2;</li>
 *   <li>count: each window document is changed by ONE guarded write that adds the batch's counts and
 *       sets the highest applied offset of the partition ({@code offsets.p<n>}), only if the stored mark
 *       is still the one read before. Records at or below the mark were counted already and are skipped.</li>
 * </ol>
 * So a batch redelivered after a crash (at any point) adds nothing twice, and a reading sent twice
 * (same key, new offset) counts once. Hour and day figures are derived from the quarters when read,
 * so there is no second aggregate that could drift.
 */
@Component
public class FootfallAggregator {

    public static final String READINGS = "footfall_readings";
    public static final String WINDOWS = "footfall_windows";
    private static final Logger log = LoggerFactory.getLogger(FootfallAggregator.class);
    private static final int DUPLICATE_KEY = 11000;

    private final MongoTemplate mongo;
    private final Clock clock;
    private final Timer dedupeTimer;
    private final Timer marksTimer;
    private final Timer windowsTimer;

    public FootfallAggregator(MongoTemplate mongo, Clock clock, FootfallProperties properties, MeterRegistry meters) {
        this.mongo = mongo;
        this.clock = clock;
        // where a batch's time goes (tourism.footfall.aggregation{step}), so the slow step can be found
        this.dedupeTimer = meters.timer("tourism.footfall.aggregation", "step", "dedupe");
        this.marksTimer = meters.timer("tourism.footfall.aggregation", "step", "marks");
        this.windowsTimer = meters.timer("tourism.footfall.aggregation", "step", "windows");
        createIndexes(properties);
    }

    private void createIndexes(FootfallProperties properties) {
        windows().createIndex(Indexes.ascending("site", "day"));
        windows().createIndex(Indexes.ascending("changedAt"));
        try {
            // the dedupe keys only need to outlive the grace period
            readings().createIndex(Indexes.ascending("at"), new IndexOptions()
                    .expireAfter(properties.grace().plusDays(1).toSeconds(), TimeUnit.SECONDS));
        } catch (RuntimeException e) {
            log.warn("No TTL index on {} ({}); dedupe keys are kept", READINGS, e.getMessage());
        }
    }

    /** A reading and the offset of the record that carried it. */
    public record Positioned(FootfallReading reading, long offset) {
    }

    /** Applies readings of one partition (in offset order); returns how many were newly counted. */
    public int apply(int partition, List<Positioned> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        long t0 = System.nanoTime();
        List<Positioned> fresh = dedupe(partition, batch);
        long t1 = System.nanoTime();
        dedupeTimer.record(t1 - t0, TimeUnit.NANOSECONDS);
        String mark = "offsets.p" + partition;
        Map<String, List<Positioned>> byWindow = new LinkedHashMap<>();
        for (Positioned p : fresh) {
            LocalDateTime quarter = DistrictTime.quarterStart(p.reading().timestamp());
            byWindow.computeIfAbsent(DistrictTime.windowId(p.reading().site(), quarter), k -> new ArrayList<>()).add(p);
        }
        Map<String, Long> marks = new HashMap<>();
        for (Document doc : windows().find(Filters.in("_id", byWindow.keySet()))
                .projection(Projections.include(mark))) {
            Document offsets = doc.get("offsets", Document.class);
            Object value = offsets == null ? null : offsets.get("p" + partition);
            if (value instanceof Number n) {
                marks.put(doc.getString("_id"), n.longValue());
            }
        }
        long t2 = System.nanoTime();
        marksTimer.record(t2 - t1, TimeUnit.NANOSECONDS);
        Date now = Date.from(clock.instant());
        int counted = 0;
        for (Map.Entry<String, List<Positioned>> window : byWindow.entrySet()) {
            Long applied = marks.get(window.getKey());
            long in = 0;
            long out = 0;
            long highest = -1;
            int n = 0;
            for (Positioned p : window.getValue()) {
                if (applied == null || p.offset() > applied) {
                    in += p.reading().in();
                    out += p.reading().out();
                    highest = Math.max(highest, p.offset());
                    n++;
                }
            }
            if (n == 0) {
                continue;
            }
            FootfallReading first = window.getValue().get(0).reading();
            LocalDateTime quarter = DistrictTime.quarterStart(first.timestamp());
            Bson guard = Filters.and(Filters.eq("_id", window.getKey()),
                    applied == null ? Filters.exists(mark, false) : Filters.eq(mark, applied));
            Bson update = Updates.combine(Updates.inc("in", in), Updates.inc("out", out), Updates.set(mark, highest),
                    Updates.set("site", first.site()), Updates.set("day", quarter.toLocalDate().toString()),
                    Updates.set("start", quarter.toString()), Updates.set("changedAt", now));
            try {
                windows().updateOne(guard, update, new UpdateOptions().upsert(true));
            } catch (com.mongodb.MongoWriteException e) {
                if (e.getError().getCode() == DUPLICATE_KEY) {
                    // another consumer moved the mark meanwhile (rebalance): retry the batch, nothing counts twice
                    throw new DuplicateKeyException("Window " + window.getKey() + " changed concurrently", e);
                }
                throw e;
            }
            counted += n;
        }
        windowsTimer.record(System.nanoTime() - t2, TimeUnit.NANOSECONDS);
        return counted;
    }

    private List<Positioned> dedupe(int partition, List<Positioned> batch) {
        Date now = Date.from(clock.instant());
        List<Document> keys = new ArrayList<>(batch.size());
        for (Positioned p : batch) {
            keys.add(new Document("_id", p.reading().dedupeKey()).append("p", partition).append("o", p.offset())
                    .append("at", now));
        }
        Set<Integer> clashed = new HashSet<>();
        try {
            readings().insertMany(keys, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw e;
                }
                clashed.add(error.getIndex());
            }
        }
        if (clashed.isEmpty()) {
            return batch;
        }
        Map<String, Document> stored = new HashMap<>();
        List<String> clashedKeys = clashed.stream().map(i -> batch.get(i).reading().dedupeKey()).toList();
        for (Document doc : readings().find(Filters.in("_id", clashedKeys))) {
            stored.put(doc.getString("_id"), doc);
        }
        List<Positioned> fresh = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            Positioned p = batch.get(i);
            if (clashed.contains(i)) {
                Document first = stored.get(p.reading().dedupeKey());
                boolean sameRecord = first != null && ((Number) first.get("p")).intValue() == partition
                        && ((Number) first.get("o")).longValue() == p.offset();
                if (!sameRecord) {
                    continue;
                }
            }
            fresh.add(p);
        }
        return fresh;
    }

    private MongoCollection<Document> windows() {
        return mongo.getCollection(WINDOWS);
    }

    private MongoCollection<Document> readings() {
        return mongo.getCollection(READINGS);
    }
}
