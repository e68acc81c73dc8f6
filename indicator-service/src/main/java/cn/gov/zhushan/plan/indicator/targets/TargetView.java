package cn.gov.zhushan.plan.indicator.targets;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A target with what it means along the year: {@code trajectory} is the year-to-date measure due at the end of
 * each milestone (1–2月, March... December; or the quarters), computed exactly and rounded once: for a flow it follows
 * last year's seasonal shape where last year's figures are known, else an even path.
 */
public record TargetView(String indicator, String region, int year, TargetKind kind, TargetComparator comparator,
                         BigDecimal value, BigDecimal tolerance, String importance, BigDecimal baseLevel,
                         BigDecimal impliedLevel, String unit, String setBy, Instant setAt,
                         List<Milestone> trajectory,
                         @Schema(description = "TARGET when given with the target, DEFAULT_<category> when the default "
                                 + "of the kind of indicator (FISCAL: ±0.2 points, INCOME: ±0.3, others ±0.5), STRICT for "
                                 + "AT_LEAST/AT_MOST") String toleranceSource,
                         @Schema(description = "Which side meets the target; WITHIN_BAND for an indicator where neither "
                                 + "higher nor lower is better (budget expenditure)") Direction direction,
                         @Schema(description = "The values that meet the target (percent for growth targets); a null "
                                 + "bound is open") Band band,
                         @Schema(description = "COMPARABLE_PRICES_OF_<base year> when the implied level of a real growth "
                                 + "target is at the base year's prices (GDP: 279.6 × 1.05 = 293.58亿元 at 2024 prices), "
                                 + "CURRENT_PRICES for a nominal growth", nullable = true) String impliedLevelPrices,
                         @Schema(description = "LAST_YEAR when the trajectory follows last year's seasonal shape, EVEN "
                                 + "when there was no history, MIXED when only some months had it") WithinYearPath.Shape pathShape) {

    /**
     * @param expected the year-to-date measure due by the end of the period (percent for a growth target)
     * @param level    the year-to-date level due then, in {@code unit} (a growth target's implied level), or null
     * @param seasonal whether it follows last year's shape rather than an even path
     */
    public record Milestone(String period, BigDecimal expected, BigDecimal level, boolean seasonal) {
    }
}
