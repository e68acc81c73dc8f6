package cn.gov.zhushan.plan.platform.json;

import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Bounds on what a JSON body or a request parameter may carry, checked while it is read, so a value the
 * service cannot compute with or store (a number like {@code 1e200000000}, a date in year 999999999) is a
 * 400 naming the field instead of minutes of BigDecimal arithmetic or a 500 from the store.
 *
 * @param maxSignificantDigits significant digits of a decimal (34 = what MongoDB's Decimal128 keeps exactly)
 * @param maxIntegerDigits     digits before the decimal point (so below 10^20)
 * @param maxFractionDigits    decimal places, trailing zeros not counted
 * @param maxNumberLength      characters of one number literal; longer ones are refused naming the field
 * @param parserMaxNumberLength characters of one JSON number the parser reads at all (Jackson's
 *                             StreamReadConstraints; refused there without a field name, as the parser
 *                             meets it before any property is known); above {@code maxNumberLength}
 * @param earliestDate         the first day a date or time may fall on (district time)
 * @param latestDate           the last day a date or time may fall on (district time)
 * @param multilineFields      JSON property names whose text may hold line breaks and tabs (besides
 *                             properties annotated {@link MultilineText})
 */
@ConfigurationProperties("platform.input")
public record InputLimits(Integer maxSignificantDigits, Integer maxIntegerDigits, Integer maxFractionDigits,
                          Integer maxNumberLength, Integer parserMaxNumberLength, LocalDate earliestDate, LocalDate latestDate,
                          List<String> multilineFields) {

    public static final List<String> DEFAULT_MULTILINE_FIELDS =
            List.of("description", "resolution", "notes", "note", "reason", "comment", "remarks", "content");

    public InputLimits {
        maxSignificantDigits = maxSignificantDigits == null ? 34 : maxSignificantDigits;
        maxIntegerDigits = maxIntegerDigits == null ? 20 : maxIntegerDigits;
        maxFractionDigits = maxFractionDigits == null ? 20 : maxFractionDigits;
        maxNumberLength = maxNumberLength == null ? 100 : maxNumberLength;
        parserMaxNumberLength = parserMaxNumberLength == null ? 10_000 : parserMaxNumberLength;
        earliestDate = earliestDate == null ? LocalDate.of(1900, 1, 1) : earliestDate;
        latestDate = latestDate == null ? LocalDate.of(2200, 12, 31) : latestDate;
        multilineFields = multilineFields == null ? DEFAULT_MULTILINE_FIELDS : List.copyOf(multilineFields);
    }

    /** The defaults, for code and tests that run without Spring. */
    public static InputLimits defaults() {
        return new InputLimits(null, null, null, null, null, null, null, null);
    }
}
