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
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
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
 *   <li>count: each window document is changed by ONE guarded write per poll that adds the poll's counts
 *       and sets the highest applied offset of each partition ({@code offsets.p<n>}), only if the stored
 *       marks are still the ones read before. Records at or below a mark were counted already and are
 *       skipped.</li>
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

    /** A reading and the position (partition, offset) of the record that carried it. */
    public record Positioned(FootfallReading reading, int partition, long offset) {
    }

    /**
     * Applies the readings of one poll (any partitions, each in offset order); returns how many were newly
     * counted. Three store round trips whatever the poll size: one unordered insertMany of the dedupe keys
     * (plus a look-up only if some clashed), one read of the windows' offset marks, one unordered bulk of
     * guarded window writes (one per window touched).
     */
    public int apply(List<Positioned> poll) {
        if (poll.isEmpty()) {
            return 0;
        }
        long t0 = System.nanoTime();
        List<Positioned> fresh = dedupe(poll);
        long t1 = System.nanoTime();
        dedupeTimer.record(t1 - t0, TimeUnit.NANOSECONDS);

        Map<String, List<Positioned>> byWindow = new LinkedHashMap<>();
        for (Positioned p : fresh) {
            LocalDateTime quarter = DistrictTime.quarterStart(p.reading().timestamp());
            byWindow.computeIfAbsent(DistrictTime.windowId(p.reading().site(), quarter), k -> new ArrayList<>()).add(p);
        }
        if (byWindow.isEmpty()) {
            return 0;
        }
        Map<String, Map<Integer, Long>> marks = new HashMap<>();
        for (Document doc : windows().find(Filters.in("_id", byWindow.keySet()))
                .projection(Projections.include("offsets"))) {
            Document offsets = doc.get("offsets", Document.class);
            Map<Integer, Long> applied = new HashMap<>();
            if (offsets != null) {
                offsets.forEach((name, value) -> applied.put(Integer.parseInt(name.substring(1)),
                        ((Number) value).longValue()));
            }
            marks.put(doc.getString("_id"), applied);
        }
        long t2 = System.nanoTime();
        marksTimer.record(t2 - t1, TimeUnit.NANOSECONDS);

        List<WriteModel<Document>> writes = new ArrayList<>(byWindow.size());
        List<String> writtenWindows = new ArrayList<>(byWindow.size());
        int counted = 0;
        for (Map.Entry<String, List<Positioned>> window : byWindow.entrySet()) {
            Map<Integer, Long> applied = marks.getOrDefault(window.getKey(), Map.of());
            long in = 0;
            long out = 0;
            Map<Integer, Long> highest = new TreeMap<>();
            int n = 0;
            for (Positioned p : window.getValue()) {
                Long mark = applied.get(p.partition());
                if (mark == null || p.offset() > mark) { // at or below the mark: counted by an earlier delivery
                    in += p.reading().in();
                    out += p.reading().out();
                    highest.merge(p.partition(), p.offset(), Math::max);
                    n++;
                }
            }
            if (n == 0) {
                continue;
            }
            // the guard: every partition's mark is still what was read, so a concurrent writer makes this fail
            List<Bson> guard = new ArrayList<>();
            guard.add(Filters.eq("_id", window.getKey()));
            List<Bson> update = new ArrayList<>();
            for (Map.Entry<Integer, Long> mark : highest.entrySet()) {
                String field = "offsets.p" + mark.getKey();
                Long before = applied.get(mark.getKey());
                guard.add(before == null ? Filters.exists(field, false) : Filters.eq(field, before));
                update.add(Updates.set(field, mark.getValue()));
            }
            FootfallReading first = window.getValue().get(0).reading();
            LocalDateTime quarter = DistrictTime.quarterStart(first.timestamp());
            update.add(Updates.inc("in", in));
            update.add(Updates.inc("out", out));
            update.add(Updates.set("site", first.site()));
            update.add(Updates.set("day", quarter.toLocalDate().toString()));
            update.add(Updates.set("start", quarter.toString()));
            // the store's time when the write is applied, not when this poll began: a poll can take longer than
            // the daily publisher's overlap, and a window stamped before a pass but written after it would be missed
            update.add(Updates.currentDate("changedAt"));
            writes.add(new UpdateOneModel<>(Filters.and(guard), Updates.combine(update),
                    new UpdateOptions().upsert(true)));
            writtenWindows.add(window.getKey());
            counted += n;
        }
        if (!writes.isEmpty()) {
            try {
                windows().bulkWrite(writes, new BulkWriteOptions().ordered(false));
            } catch (MongoBulkWriteException e) {
                for (BulkWriteError error : e.getWriteErrors()) {
                    if (error.getCode() != DUPLICATE_KEY) {
                        throw e;
                    }
                }
                // a guard failed: another consumer moved a mark meanwhile (rebalance). The other windows were
                // written with their marks, so retrying the poll counts nothing twice.
                throw new DuplicateKeyException("Window " + writtenWindows.get(e.getWriteErrors().get(0).getIndex())
                        + " changed concurrently", e);
            }
        }
        windowsTimer.record(System.nanoTime() - t2, TimeUnit.NANOSECONDS);
        return counted;
    }

    /** Convenience for one partition's readings (offset order). */
    public int apply(int partition, List<Positioned> batch) {
        return apply(batch.stream().map(p -> new Positioned(p.reading(), partition, p.offset())).toList());
    }

    /**
     * The readings to count: each key's owner is the record (partition, offset) that first stored it. A key
     * appearing twice in the poll is inserted once; a clash with a stored key keeps the reading only if the
     * stored owner is this very record (a redelivery after a crash between the two steps).
     */
    private List<Positioned> dedupe(List<Positioned> poll) {
        Date now = Date.from(clock.instant());
        Map<String, Positioned> firstByKey = new LinkedHashMap<>(poll.size() * 2);
        for (Positioned p : poll) {
            firstByKey.putIfAbsent(p.reading().dedupeKey(), p);
        }
        List<Document> keys = new ArrayList<>(firstByKey.size());
        List<String> order = new ArrayList<>(firstByKey.size());
        firstByKey.forEach((key, p) -> {
            keys.add(new Document("_id", key).append("p", p.partition()).append("o", p.offset()).append("at", now));
            order.add(key);
        });
        Set<String> clashed = new HashSet<>();
        try {
            readings().insertMany(keys, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw e;
                }
                clashed.add(order.get(error.getIndex()));
            }
        }
        // key -> {partition, offset} of its owner
        Map<String, long[]> owners = new HashMap<>(firstByKey.size() * 2);
        firstByKey.forEach((key, p) -> {
            if (!clashed.contains(key)) {
                owners.put(key, new long[] {p.partition(), p.offset()});
            }
        });
        if (!clashed.isEmpty()) {
            for (Document doc : readings().find(Filters.in("_id", clashed))) {
                owners.put(doc.getString("_id"), new long[] {((Number) doc.get("p")).longValue(),
                        ((Number) doc.get("o")).longValue()});
            }
        }
        List<Positioned> fresh = new ArrayList<>(poll.size());
        for (Positioned p : poll) {
            long[] owner = owners.get(p.reading().dedupeKey());
            if (owner != null && owner[0] == p.partition() && owner[1] == p.offset()) {
                fresh.add(p);
            }
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
