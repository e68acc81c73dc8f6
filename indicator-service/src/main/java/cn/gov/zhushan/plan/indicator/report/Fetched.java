package cn.gov.zhushan.plan.indicator.report;

import java.util.Optional;
import java.util.function.Function;

/**
 * What one read of a source gave: the value with where it came from, or why there is none.
 *
 * @param failure null when the value was read; else the reason in the report's words
 */
public record Fetched<T>(T value, SourceRef source, String failure) {

    public static <T> Fetched<T> of(T value, SourceRef source) {
        return value == null ? new Fetched<>(null, source, "无此记录") : new Fetched<>(value, source, null);
    }

    public static <T> Fetched<T> failed(SourceRef source, String failure) {
        return new Fetched<>(null, source, failure);
    }

    public Optional<T> get() {
        return Optional.ofNullable(value);
    }

    /** A figure read from the value; missing when the read failed or the value lacks it (the mapper gives null). */
    public FigureValue figure(String label, Function<T, String> formatted) {
        if (value == null) {
            return FigureValue.missing(label, source, failure);
        }
        String text = formatted.apply(value);
        return text == null ? FigureValue.missing(label, source, "记录中无此数") : new FigureValue(label, text, source, null);
    }
}
