package cn.gov.zhushan.plan.platform.json;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Whether a number read from input is one the platform can compute with and store: a bounded count of
 * significant, integer and decimal digits. Every check is cheap even for {@code 1e200000000} (it looks at
 * precision and scale, never expands the value).
 */
public final class NumberBounds {

    private final InputLimits limits;

    public NumberBounds(InputLimits limits) {
        this.limits = limits;
    }

    /** Why the value is refused, or null when it is within bounds. */
    public String problem(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        long fractionDigits = stripped.scale();
        long integerDigits = (long) stripped.precision() - stripped.scale();
        if (fractionDigits > limits.maxFractionDigits()) {
            return "more than " + limits.maxFractionDigits() + " decimal places";
        }
        if (integerDigits > limits.maxIntegerDigits()) {
            return "more than " + limits.maxIntegerDigits() + " digits before the decimal point";
        }
        if (stripped.precision() > limits.maxSignificantDigits()) {
            return "more than " + limits.maxSignificantDigits() + " significant digits";
        }
        return null;
    }

    public String problem(BigInteger value) {
        return problem(new BigDecimal(value));
    }

    /**
     * A double must be finite, must not have lost a non-zero literal to underflow ({@code 1e-400} reads as
     * 0.0) and must keep the decimal bounds.
     */
    public String problem(double value, String literal) {
        if (!Double.isFinite(value)) {
            return "too large";
        }
        if (value == 0.0 && literal != null && hasNonZeroDigit(literal)) {
            return "too small to be represented";
        }
        return problem(BigDecimal.valueOf(value));
    }

    /** The value with a non-negative scale ({@code 1E+3} becomes {@code 1000}); call only within bounds. */
    public static BigDecimal plain(BigDecimal value) {
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    /**
     * A quick look at a literal's exponent before anything parses it, so that a BigInteger conversion of
     * {@code 1e200000000} never starts. Returns the problem or null.
     */
    public String literalProblem(String literal) {
        if (literal == null) {
            return null;
        }
        if (literal.length() > limits.maxNumberLength()) {
            return "longer than " + limits.maxNumberLength() + " characters";
        }
        int e = Math.max(literal.indexOf('e'), literal.indexOf('E'));
        if (e < 0) {
            return null;
        }
        String exponent = literal.substring(e + 1).replace("+", "").replaceFirst("^-", "");
        // any exponent beyond the digit bounds plus the literal's own length cannot land within them
        int bound = limits.maxIntegerDigits() + limits.maxFractionDigits() + literal.length();
        if (exponent.length() > 6 || (!exponent.isEmpty() && exponent.chars().allMatch(Character::isDigit)
                && Integer.parseInt(exponent) > bound)) {
            return "out of range";
        }
        return null;
    }

    private static boolean hasNonZeroDigit(String literal) {
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c == 'e' || c == 'E') {
                return false;
            }
            if (c >= '1' && c <= '9') {
                return true;
            }
        }
        return false;
    }
}
