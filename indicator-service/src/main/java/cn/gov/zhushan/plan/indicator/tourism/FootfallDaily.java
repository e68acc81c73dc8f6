package cn.gov.zhushan.plan.indicator.tourism;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The data of {@code cn.gov.zhushan.plan.tourism.footfall-daily.v1} as this service reads it (the consumer's
 * copy of tourism-service's contract; unknown fields are ignored): one site's counted day.
 *
 * @param day           {@code yyyy-MM-dd}, an Asia/Shanghai day
 * @param arrivals      {@code in}: person-visits entering that day (游客接待量)
 * @param departures    {@code out}
 * @param peakOccupancy the highest number inside at once
 * @param sequence      optional; when present, an older day total never replaces a newer one
 */
public record FootfallDaily(String siteCode, String day, @JsonProperty("in") long arrivals,
                            @JsonProperty("out") long departures, Long peakOccupancy, Long sequence) {

    public static final String TYPE = "cn.gov.zhushan.plan.tourism.footfall-daily.v1";
    /** The only service that publishes this event (its ce_source); any other source is refused. */
    public static final String SOURCE = "/zhushan/tourism-service";
    public static final String TOPIC = "plan.tourism.v1";
}
