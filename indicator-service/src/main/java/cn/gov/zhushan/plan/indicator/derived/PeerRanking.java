package cn.gov.zhushan.plan.indicator.derived;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A rank computed among a region's peers (the other children of its parent). A rank among the peers that happened
 * to report would be made up: with one of seven reporting, everyone is first. So a rank is given only when every
 * peer reported; otherwise the answer says how many did and which are missing, and ranks nobody.
 *
 * @param peers    how many peers the region has, itself included
 * @param reported how many of them have a measure
 * @param missing  the peers without a measure, by code
 * @param ranking  the standings, best first; empty unless every peer reported (or the polarity gives no order)
 * @param note     why there is no rank, when there is none
 */
public record PeerRanking(int peers, int reported, List<String> missing, List<DerivedFigures.Standing> ranking,
                          String note) {

    /**
     * @param measures      every peer's measure by region code, null where it did not report
     * @param lowerIsBetter PM2.5 and the like
     * @param ordered       false for an indicator with no better direction (budget expenditure): never ranked
     */
    public static PeerRanking of(Map<String, BigDecimal> measures, boolean lowerIsBetter, boolean ordered) {
        List<String> missing = measures.entrySet().stream().filter(e -> e.getValue() == null).map(Map.Entry::getKey)
                .sorted().toList();
        int reported = measures.size() - missing.size();
        if (!ordered) {
            return new PeerRanking(measures.size(), reported, missing, List.of(),
                    "not ranked: neither a higher nor a lower value is better for this indicator");
        }
        if (!missing.isEmpty()) {
            return new PeerRanking(measures.size(), reported, missing, List.of(), reported + " of " + measures.size()
                    + " peers reported: no rank is computed until all have (see the official rank, if reported)");
        }
        List<DerivedFigures.Standing> ranking = DerivedFigures.rank(measures.entrySet().stream()
                .map(e -> new DerivedFigures.Peer(e.getKey(), e.getValue())).toList(), lowerIsBetter);
        return new PeerRanking(measures.size(), reported, missing, ranking, null);
    }

    /** The region's standing, if ranked. */
    public DerivedFigures.Standing standingOf(String region) {
        return ranking.stream().filter(s -> s.region().equals(region)).findFirst().orElse(null);
    }
}
