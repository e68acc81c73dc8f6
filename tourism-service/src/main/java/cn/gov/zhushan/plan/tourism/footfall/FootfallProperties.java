package cn.gov.zhushan.plan.tourism.footfall;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Footfall ingestion settings ({@code tourism.footfall.*}).
 *
 * @param maxBatchReadings   the most readings one HTTP batch may carry (413 above it)
 * @param futureTolerance    a reading stamped further ahead than this is rejected (device clock wrong)
 * @param grace              how late a reading may arrive and still be counted in its window
 * @param maxCountPerReading in or out above this in one reading is implausible and rejected
 * @param ackTimeout         how long the batch endpoint waits for the broker's acknowledgements
 * @param rawPartitions      partitions of the raw topic when this service creates it
 * @param consumerConcurrency consumers of the raw topic in this instance
 * @param dailyInterval      how often changed days are re-totalled and footfall-daily published
 * @param alertInterval      how often occupancy is checked against capacity
 * @param alertHysteresisPercent how far (percent of capacity) occupancy must fall below a threshold to step down
 */
@ConfigurationProperties("tourism.footfall")
public record FootfallProperties(Integer maxBatchReadings, Duration futureTolerance, Duration grace,
                                 Long maxCountPerReading, Duration ackTimeout, Integer rawPartitions,
                                 Integer consumerConcurrency, Duration dailyInterval, Duration alertInterval,
                                 Integer alertHysteresisPercent) {

    public static final String RAW_TOPIC = "plan.tourism.footfall-raw.v1";

    public FootfallProperties {
        maxBatchReadings = maxBatchReadings == null ? 10_000 : maxBatchReadings;
        futureTolerance = futureTolerance == null ? Duration.ofMinutes(5) : futureTolerance;
        grace = grace == null ? Duration.ofHours(24) : grace;
        maxCountPerReading = maxCountPerReading == null ? 5_000L : maxCountPerReading;
        ackTimeout = ackTimeout == null ? Duration.ofSeconds(10) : ackTimeout;
        rawPartitions = rawPartitions == null ? 6 : rawPartitions;
        consumerConcurrency = consumerConcurrency == null ? 2 : consumerConcurrency;
        dailyInterval = dailyInterval == null ? Duration.ofSeconds(30) : dailyInterval;
        alertInterval = alertInterval == null ? Duration.ofSeconds(2) : alertInterval;
        alertHysteresisPercent = alertHysteresisPercent == null ? 5 : alertHysteresisPercent;
    }

    public static FootfallProperties defaults() {
        return new FootfallProperties(null, null, null, null, null, null, null, null, null, null);
    }
}
