package cn.gov.zhushan.plan.tourism.footfall;

/**
 * One counter reading as sent (HTTP batch element, or the JSON value on {@code plan.tourism.footfall-raw.v1}).
 * Fields stay loose here so that one bad reading is rejected on its own instead of failing the batch.
 *
 * @param source    counting source id, e.g. {@code TAOYANGLI-GATE-1}
 * @param site      site code
 * @param timestamp end of the counting interval, ISO-8601 with offset, e.g. {@code 2024-10-01T09:15:00+08:00}
 * @param in        people who entered during the interval
 * @param out       people who left during the interval
 */
public record ReadingInput(String source, String site, String timestamp, Long in, Long out) {
}
