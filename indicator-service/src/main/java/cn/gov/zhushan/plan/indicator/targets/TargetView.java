package cn.gov.zhushan.plan.indicator.targets;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A target with what it means along the year: {@code trajectory} is the expected year-to-date measure at the
 * end of each period of the indicator's periodicity (pro-rated for level targets of flows).
 */
public record TargetView(String indicator, String region, int year, TargetKind kind, TargetComparator comparator,
                         BigDecimal value, BigDecimal tolerance, String importance, BigDecimal baseLevel,
                         BigDecimal impliedLevel, String unit, String setBy, Instant setAt,
                         List<Milestone> trajectory) {

    public record Milestone(String period, BigDecimal expected) {
    }
}
