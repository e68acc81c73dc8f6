package cn.gov.zhushan.plan.indicator.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import cn.gov.zhushan.plan.indicator.targets.TargetComparator;
import cn.gov.zhushan.plan.indicator.targets.TargetKind;
import cn.gov.zhushan.plan.indicator.targets.TargetRules;
import cn.gov.zhushan.plan.indicator.targets.TargetsProperties;

/**
 * Judges a target from the latest measure and its trajectory:
 * <ul>
 * <li>the threshold is the expected measure eased by the tolerance of an "about" target (about 5% is met from 4.5%);</li>
 * <li>met: ON_TRACK, unless the year is still running, the measure worsened since the previous period and the
 *     margin left is within the at-risk band: then AT_RISK;</li>
 * <li>missed: when the data closes the year it is OFF_TRACK; before that, AT_RISK within the band, else OFF_TRACK.</li>
 * </ul>
 */
public final class Attainment {

    private Attainment() {
    }

    /**
     * @param expected  the measure expected at this point of the year (pro-rated for level targets of flows)
     * @param tolerance the tolerance band at this point of the year (zero for strict comparators)
     * @param previous  the measure of the period before, for the trajectory; null if unknown
     * @param closesYear whether the measure covers the whole year (no time left to catch up)
     * @param shortfall how far on the wrong side of the threshold (positive = short), in the measure's unit
     */
    public record Evaluation(AttainmentStatus status, BigDecimal measure, BigDecimal expected, BigDecimal threshold,
                             BigDecimal shortfall) {
    }

    public static Evaluation evaluate(TargetKind kind, TargetComparator comparator, boolean indicatorLowerIsBetter,
                                      BigDecimal expected, BigDecimal tolerance, BigDecimal measure, BigDecimal previous,
                                      boolean closesYear, TargetsProperties properties) {
        if (measure == null) {
            return new Evaluation(AttainmentStatus.NO_DATA, null, expected, null, null);
        }
        boolean higherIsBetter = TargetRules.higherIsBetter(comparator, indicatorLowerIsBetter);
        BigDecimal band = Optional.ofNullable(tolerance).orElse(BigDecimal.ZERO);
        BigDecimal threshold = higherIsBetter ? expected.subtract(band) : expected.add(band);
        BigDecimal shortfall = higherIsBetter ? threshold.subtract(measure) : measure.subtract(threshold);
        BigDecimal riskBand = kind == TargetKind.GROWTH ? properties.atRiskBandPoints()
                : expected.abs().multiply(properties.atRiskBandPercent()).divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_UP);
        AttainmentStatus status;
        if (shortfall.signum() <= 0) {
            boolean worsening = previous != null && (higherIsBetter ? measure.compareTo(previous) < 0 : measure.compareTo(previous) > 0);
            status = !closesYear && worsening && shortfall.negate().compareTo(riskBand) < 0
                    ? AttainmentStatus.AT_RISK : AttainmentStatus.ON_TRACK;
        } else if (closesYear) {
            status = AttainmentStatus.OFF_TRACK;
        } else {
            status = shortfall.compareTo(riskBand) <= 0 ? AttainmentStatus.AT_RISK : AttainmentStatus.OFF_TRACK;
        }
        return new Evaluation(status, measure, expected, threshold, shortfall.stripTrailingZeros());
    }

    /** The warning event a status change publishes, if any: raised on entering or changing a warning, cleared on leaving one. */
    public static Optional<String> warningEvent(AttainmentStatus previous, AttainmentStatus next) {
        if (previous == next) {
            return Optional.empty();
        }
        if (next.isWarning()) {
            return Optional.of(WarningEvent.RAISED);
        }
        if (previous != null && previous.isWarning()) {
            return Optional.of(WarningEvent.CLEARED);
        }
        return Optional.empty();
    }
}
