package cn.gov.zhushan.plan.indicator.ranks;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A rank as officially reported (全市第二, 全省前三...) for one indicator, region and period, with where it was
 * reported. It is kept as reported, never recomputed: the city ranks with figures this service may not hold.
 *
 * @param label    the words of the source, e.g. 全市第二
 * @param position the place when the label gives one, else null
 * @param within   the "top N" when the label gives only that (全省前三 = 3), else null
 * @param source   the document that reports it
 */
@Document(OfficialRank.COLLECTION)
public record OfficialRank(@Id String id, String indicatorCode, String regionCode, String period, RankScope scope,
                           String label, Integer position, Integer within, String source, String recordedBy,
                           Instant recordedAt) {

    public static final String COLLECTION = "official_ranks";

    /** One rank per scope: a figure may be 全市第一 and 全省前十 at once. */
    public static String idOf(String indicatorCode, String regionCode, String period, RankScope scope) {
        return indicatorCode + ":" + regionCode + ":" + period + ":" + scope;
    }

    boolean sameAs(OfficialRank other) {
        return other != null && label.equals(other.label) && java.util.Objects.equals(source, other.source);
    }
}
