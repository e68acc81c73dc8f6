package cn.gov.zhushan.plan.indicator.derived;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** The figures computed from observations: growth, year to date, rank among peers and gap to the leader. */
public final class DerivedFigures {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private DerivedFigures() {
    }

    /** Year-on-year growth in percent with {@code scale} decimals, or null without a (non-zero) prior value. */
    public static BigDecimal growthPercent(BigDecimal current, BigDecimal prior, int scale) {
        if (current == null || prior == null || prior.signum() == 0) {
            return null;
        }
        return current.subtract(prior).multiply(HUNDRED).divide(prior, scale, RoundingMode.HALF_UP);
    }

    /** Year to date: the sum of flows (GDP, retail sales) or the mean of ratios and concentrations (PM2.5). */
    public static BigDecimal yearToDate(Collection<BigDecimal> values, boolean sums) {
        List<BigDecimal> present = values.stream().filter(Objects::nonNull).toList();
        if (present.isEmpty()) {
            return null;
        }
        BigDecimal total = present.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sums ? total : total.divide(BigDecimal.valueOf(present.size()), MathContext.DECIMAL64);
    }

    /** A region's measure among its peers. */
    public record Standing(String region, BigDecimal measure, int rank, BigDecimal gapToLeader) {
    }

    /**
     * Ranks the peers, best first ({@code lowerIsBetter} for PM2.5 and the like); ties share a rank (1, 1, 3).
     * The gap to the leader is how far behind the leader a region is, in the measure's unit, never negative.
     * Peers without a measure are left out.
     */
    public static List<Standing> rank(List<Peer> peers, boolean lowerIsBetter) {
        Comparator<BigDecimal> better = lowerIsBetter ? Comparator.naturalOrder() : Comparator.reverseOrder();
        List<Peer> ordered = peers.stream().filter(p -> p.measure() != null)
                .sorted(Comparator.comparing(Peer::measure, better).thenComparing(Peer::region)).toList();
        List<Standing> standings = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Peer peer = ordered.get(i);
            int rank = i > 0 && ordered.get(i - 1).measure().compareTo(peer.measure()) == 0
                    ? standings.get(i - 1).rank() : i + 1;
            BigDecimal gap = peer.measure().subtract(ordered.get(0).measure()).abs();
            standings.add(new Standing(peer.region(), peer.measure(), rank, gap));
        }
        return standings;
    }

    public record Peer(String region, BigDecimal measure) {
    }
}
