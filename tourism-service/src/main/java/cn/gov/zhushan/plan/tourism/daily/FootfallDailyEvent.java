package cn.gov.zhushan.plan.tourism.daily;

/**
 * Data of {@code cn.gov.zhushan.plan.tourism.footfall-daily.v1} (consumed by indicator-service).
 *
 * @param day      yyyy-MM-dd, the site's opening day: the Asia/Shanghai day, or for a site open past midnight
 *                 the day its evening belongs to (the night of 1 October until 02:00 is 2024-10-01)
 * @param sequence grows with every new version of the same site and day; keep the highest
 */
public record FootfallDailyEvent(String siteCode, String day, long in, long out, long peakOccupancy, long sequence) {

    public static final String EVENT = "footfall-daily";
}
