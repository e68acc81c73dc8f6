package cn.gov.zhushan.plan.indicator.targets;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A target with what it means along the year: {@code trajectory} is the expected year-to-date measure at the
 * end of each period of the indicator's periodicity (pro-rated for level targets of flows).
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
                                 + "CURRENT_PRICES for a nominal growth", nullable = true) String impliedLevelPrices) {

    public record Milestone(String period, BigDecimal expected) {
    }
}
