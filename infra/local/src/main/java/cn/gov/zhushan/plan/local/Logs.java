package cn.gov.zhushan.plan.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The part of a child's log that tells why it failed, shown on screen when it dies. */
final class Logs {

    // Where Spring Boot and the JVM state a failure; the stack trace after it is mostly noise.
    private static final Pattern FAILURE = Pattern.compile(
            "APPLICATION FAILED TO START|Application run failed|^Error: |^Exception in thread");
    private static final Pattern CAUSE = Pattern.compile("^Caused by: ");

    private Logs() {
    }

    static String excerpt(Path log) {
        try {
            return excerpt(Files.readAllLines(log, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return "(no log at " + log + ")";
        }
    }

    /** From the last failure headline on (12 lines) plus every "Caused by"; else the last 25 lines. */
    static String excerpt(List<String> lines) {
        int failure = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (FAILURE.matcher(lines.get(i)).find()) {
                failure = i;
            }
        }
        if (failure < 0) {
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 25), lines.size()));
        }
        List<String> shown = new ArrayList<>(lines.subList(failure, Math.min(lines.size(), failure + 12)));
        for (int i = failure + 12; i < lines.size(); i++) {
            if (CAUSE.matcher(lines.get(i)).find()) {
                shown.add(lines.get(i));
            }
        }
        return String.join("\n", shown);
    }
}
