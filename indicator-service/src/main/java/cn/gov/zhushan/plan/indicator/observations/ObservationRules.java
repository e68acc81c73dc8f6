package cn.gov.zhushan.plan.indicator.observations;

import java.math.BigDecimal;
import java.util.Set;

import org.springframework.http.HttpStatus;

import cn.gov.zhushan.plan.indicator.periods.InvalidPeriodException;
import cn.gov.zhushan.plan.indicator.periods.Period;
import cn.gov.zhushan.plan.indicator.registry.Indicator;

/**
 * The checks an observation passes before anything is written, each naming the field it refuses.
 * The same rules serve a single PUT and every row of a bulk import.
 */
public final class ObservationRules {

    static final Set<String> STATUSES = Set.of("PROVISIONAL", "FINAL");
    /** The words that make a published figure approximate: 约 about, 近 nearly, 余/多 over, 左右 around. */
    public static final String APPROXIMATIONS = "约|近|余|多|左右";
    /** Larger than any figure of a district (亿元, counts, 元): a typo rather than a value. */
    static final BigDecimal MAX_VALUE = new BigDecimal("1E15");
    static final BigDecimal MIN_GROWTH = new BigDecimal("-100");
    static final BigDecimal MAX_GROWTH = new BigDecimal("10000");

    private ObservationRules() {
    }

    public static Period period(String text) {
        try {
            return Period.parse(text);
        } catch (InvalidPeriodException e) {
            throw FieldProblem.invalid("period", e.getMessage());
        }
    }

    /** Checks the figures against the indicator; {@code indicator} null means unknown (404 naming the field). */
    public static Period check(Indicator indicator, boolean regionKnown, ObservationInput input) {
        if (indicator == null) {
            throw new FieldProblem(HttpStatus.NOT_FOUND, "indicator", "is not a registered indicator: " + input.indicator());
        }
        if (!regionKnown) {
            throw new FieldProblem(HttpStatus.NOT_FOUND, "region", "is not a known region code: " + input.region());
        }
        Period period = period(input.period());
        if (!indicator.periodType().accepts(period.type())) {
            throw FieldProblem.refused("period", "is " + period.type().name().toLowerCase()
                    + " but " + indicator.code() + " is collected " + indicator.periodicity().toLowerCase());
        }
        if (input.value() == null && input.growthPercent() == null) {
            throw FieldProblem.invalid("value", "or growthPercent is required");
        }
        if (input.value() != null) {
            if (!indicator.takesLevel()) {
                throw FieldProblem.refused("value", "is not taken: " + indicator.code() + " is reported as a growth rate only");
            }
            if (input.value().signum() < 0) {
                throw FieldProblem.refused("value", "must not be negative");
            }
            if (input.value().compareTo(MAX_VALUE) > 0) {
                throw FieldProblem.refused("value", "is implausibly large");
            }
        }
        if (input.growthPercent() != null) {
            if (!indicator.takesGrowth()) {
                throw FieldProblem.refused("growthPercent", "is not taken: " + indicator.code() + " is reported as a level only");
            }
            if (input.growthPercent().compareTo(MIN_GROWTH) < 0 || input.growthPercent().compareTo(MAX_GROWTH) > 0) {
                throw FieldProblem.refused("growthPercent", "must be between -100 and 10000");
            }
        }
        if (input.status() != null && !STATUSES.contains(input.status())) {
            throw FieldProblem.invalid("status", "must be PROVISIONAL or FINAL");
        }
        if (input.approximation() != null && !input.approximation().matches(APPROXIMATIONS)) {
            throw FieldProblem.invalid("approximation", "must be one of 约, 近, 余, 多, 左右");
        }
        return period;
    }

    /** Parses a number from CSV text; refuses NaN, infinities and anything not a plain decimal. */
    public static BigDecimal number(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw FieldProblem.invalid(field, "is not a number: " + text.trim());
        }
    }
}
