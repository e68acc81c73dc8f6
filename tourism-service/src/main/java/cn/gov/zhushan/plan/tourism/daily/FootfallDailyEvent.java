package cn.gov.zhushan.plan.tourism.daily;

/**
 * Data of {@code cn.gov.zhushan.plan.tourism.footfall-daily.v1} (consumed by indicator-service).
 *
 * @param day      yyyy-MM-dd, an Asia/Shanghai day
 * @param sequence grows with every new version of the same site and day; keep the highest
 */
public record FootfallDailyEvent(String siteCode, String day, long in, long out, long peakOccupancy, long sequence) {

    public static final String EVENT = "footfall-daily";
}
