package cn.gov.zhushan.plan.tourism.footfall;

import java.time.Instant;

/** A validated reading: what the aggregation counts. */
public record FootfallReading(String source, String site, Instant timestamp, long in, long out) {

    /** The same reading sent twice has the same key and counts once. */
    public String dedupeKey() {
        return site + "|" + source + "|" + timestamp.toEpochMilli();
    }

    public ReadingInput toInput() {
        return new ReadingInput(source, site, timestamp.toString(), in, out);
    }
}
