package cn.gov.zhushan.plan.tourism.footfall;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;

import cn.gov.zhushan.plan.tourism.sites.Site;

/** The rules every reading passes, whichever way it came in (HTTP batch or the raw topic). */
public final class ReadingValidator {

    private final FootfallProperties properties;
    private final Function<String, Optional<Site>> sites;

    public ReadingValidator(FootfallProperties properties, Function<String, Optional<Site>> sites) {
        this.properties = properties;
        this.sites = sites;
    }

    /** Either the valid reading or why not. */
    public sealed interface Outcome permits Valid, Invalid {
    }

    public record Valid(FootfallReading reading) implements Outcome {
    }

    public record Invalid(String field, String reason, String message) implements Outcome {
        public Rejection at(int index) {
            return new Rejection(index, field, reason, message);
        }
    }

    public Outcome validate(ReadingInput input, Instant now) {
        return validate(input, now, false);
    }

    /**
     * @param history the reading belongs to an import of past days (see {@link RawFootfallKafka#HISTORY_HEADER}):
     *                every rule applies except the grace period
     */
    public Outcome validate(ReadingInput input, Instant now, boolean history) {
        if (input == null) {
            return new Invalid(null, "MISSING_FIELD", "The reading is empty.");
        }
        if (blank(input.site())) {
            return missing("site");
        }
        if (blank(input.source())) {
            return missing("source");
        }
        if (blank(input.timestamp())) {
            return missing("timestamp");
        }
        if (input.in() == null) {
            return missing("in");
        }
        if (input.out() == null) {
            return missing("out");
        }
        Optional<Site> site = sites.apply(input.site());
        if (site.isEmpty()) {
            return new Invalid("site", "UNKNOWN_SITE", "No site with code " + input.site() + ".");
        }
        if (!site.get().hasSource(input.source())) {
            return new Invalid("source", "UNKNOWN_SOURCE",
                    "Source " + input.source() + " is not a counting source of " + input.site() + ".");
        }
        Instant timestamp;
        try {
            timestamp = OffsetDateTime.parse(input.timestamp()).toInstant();
        } catch (DateTimeParseException e) {
            return new Invalid("timestamp", "BAD_TIMESTAMP",
                    "The timestamp must be ISO-8601 with an offset, e.g. 2024-10-01T09:15:00+08:00.");
        }
        if (timestamp.isAfter(now.plus(properties.futureTolerance()))) {
            return new Invalid("timestamp", "FUTURE_TIMESTAMP", "The timestamp is more than "
                    + properties.futureTolerance().toMinutes() + " minutes in the future.");
        }
        if (!history && timestamp.isBefore(now.minus(properties.grace()))) {
            return new Invalid("timestamp", "TOO_LATE", "The reading is older than the grace period of "
                    + properties.grace().toHours() + " hours; its window is closed.");
        }
        if (input.in() < 0 || input.out() < 0) {
            return new Invalid(input.in() < 0 ? "in" : "out", "NEGATIVE_COUNT", "Counts cannot be negative.");
        }
        if (input.in() > properties.maxCountPerReading() || input.out() > properties.maxCountPerReading()) {
            return new Invalid(input.in() > properties.maxCountPerReading() ? "in" : "out", "IMPLAUSIBLE_COUNT",
                    "More than " + properties.maxCountPerReading() + " people in one reading is implausible.");
        }
        return new Valid(new FootfallReading(input.source(), input.site(), timestamp, input.in(), input.out()));
    }

    private static Invalid missing(String field) {
        return new Invalid(field, "MISSING_FIELD", field + " is required.");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
