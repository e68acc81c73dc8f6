package cn.gov.zhushan.plan.indicator.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import cn.gov.zhushan.plan.indicator.targets.Band;
import cn.gov.zhushan.plan.indicator.targets.Direction;
import cn.gov.zhushan.plan.indicator.targets.TargetComparator;
import cn.gov.zhushan.plan.indicator.targets.TargetKind;
import cn.gov.zhushan.plan.indicator.targets.TargetRules;
import cn.gov.zhushan.plan.indicator.targets.TargetsProperties;

/**
 * Judges a target from the latest measure and its trajectory:
 * <ul>
 * <li>the threshold is the expected measure eased by the tolerance of an "about" target (about 5% is met from 4.5%);
 *     where neither side is better (budget expenditure), the measure must lie inside the band;</li>
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
                             BigDecimal shortfall, Band band) {

        public Evaluation(AttainmentStatus status, BigDecimal measure, BigDecimal expected, BigDecimal threshold,
                          BigDecimal shortfall) {
            this(status, measure, expected, threshold, shortfall, null);
        }
    }

    public static Evaluation evaluate(TargetKind kind, TargetComparator comparator, boolean indicatorLowerIsBetter,
                                      BigDecimal expected, BigDecimal tolerance, BigDecimal measure, BigDecimal previous,
                                      boolean closesYear, TargetsProperties properties) {
        return evaluate(kind, TargetRules.direction(comparator, true, indicatorLowerIsBetter), expected, tolerance,
                measure, previous, closesYear, properties);
    }

    /**
     * @param direction which side of the target is good; {@code WITHIN_BAND} (budget expenditure) is missed on
     *                  either side of the band, and the threshold is the bound nearer the measure
     */
    public static Evaluation evaluate(TargetKind kind, Direction direction, BigDecimal expected, BigDecimal tolerance,
                                      BigDecimal measure, BigDecimal previous, boolean closesYear,
                                      TargetsProperties properties) {
        Band band = TargetRules.band(direction, expected, Optional.ofNullable(tolerance).orElse(BigDecimal.ZERO));
        if (measure == null) {
            return new Evaluation(AttainmentStatus.NO_DATA, null, expected, null, null, band);
        }
        BigDecimal threshold = switch (direction) {
            case HIGHER_IS_BETTER -> band.lower();
            case LOWER_IS_BETTER -> band.upper();
            case WITHIN_BAND -> measure.compareTo(expected) < 0 ? band.lower() : band.upper();
        };
        BigDecimal shortfall = band.distanceOutside(measure);
        BigDecimal riskBand = kind == TargetKind.GROWTH ? properties.atRiskBandPoints()
                : expected.abs().multiply(properties.atRiskBandPercent()).divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_UP);
        AttainmentStatus status;
        if (shortfall.signum() <= 0) {
            boolean worsening = previous != null && switch (direction) {
                case HIGHER_IS_BETTER -> measure.compareTo(previous) < 0;
                case LOWER_IS_BETTER -> measure.compareTo(previous) > 0;
                case WITHIN_BAND -> measure.subtract(expected).abs().compareTo(previous.subtract(expected).abs()) > 0;
            };
            status = !closesYear && worsening && shortfall.negate().compareTo(riskBand) < 0
                    ? AttainmentStatus.AT_RISK : AttainmentStatus.ON_TRACK;
        } else if (closesYear) {
            status = AttainmentStatus.OFF_TRACK;
        } else {
            status = shortfall.compareTo(riskBand) <= 0 ? AttainmentStatus.AT_RISK : AttainmentStatus.OFF_TRACK;
        }
        return new Evaluation(status, measure, expected, threshold, shortfall.stripTrailingZeros(), band);
    }

    /**
     * A projection that misses the band is a warning while the year runs, even where the year to date is still on
     * the path (a slowing series, or a mean that winter will push up): ON_TRACK becomes AT_RISK. Worse statuses stay.
     */
    public static AttainmentStatus withProjection(AttainmentStatus status, boolean projectionMissesBand, boolean closesYear) {
        return status == AttainmentStatus.ON_TRACK && projectionMissesBand && !closesYear ? AttainmentStatus.AT_RISK : status;
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
