package cn.gov.zhushan.plan.local.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An installed JDK or JRE: its home, and the version its {@code release} file names. */
public record Jdk(Path home, String version) implements Comparable<Jdk> {

    private static final Pattern JAVA_VERSION = Pattern.compile("^JAVA_VERSION=\"?([^\"]+)\"?\\s*$", Pattern.MULTILINE);

    /** The JDK at {@code home}, when it has an executable bin/java and a release file with JAVA_VERSION. */
    public static Optional<Jdk> at(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release) || !Files.isRegularFile(home.resolve("bin").resolve("java"))) {
            return Optional.empty();
        }
        try {
            Matcher matcher = JAVA_VERSION.matcher(Files.readString(release));
            return matcher.find() ? Optional.of(new Jdk(home, matcher.group(1).strip())) : Optional.empty();
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** 8 for "1.8.0_402", 17 for "17.0.15", 25 for "25" or "25.0.3". */
    public int feature() {
        List<Integer> parts = numbers();
        return parts.get(0) == 1 && parts.size() > 1 ? parts.get(1) : parts.get(0);
    }

    public Path java() {
        return home.resolve("bin").resolve("java");
    }

    /** Newer versions compare greater: by feature, then interim and update numbers. */
    @Override
    public int compareTo(Jdk other) {
        List<Integer> mine = numbers();
        List<Integer> theirs = other.numbers();
        int byFeature = Integer.compare(feature(), other.feature());
        if (byFeature != 0) {
            return byFeature;
        }
        for (int i = 0; i < Math.max(mine.size(), theirs.size()); i++) {
            int a = i < mine.size() ? mine.get(i) : 0;
            int b = i < theirs.size() ? theirs.get(i) : 0;
            if (a != b) {
                return Integer.compare(a, b);
            }
        }
        return 0;
    }

    /** The version's numbers, e.g. [25, 0, 3]; "-ea" or "+7" tails and non-digits end a number. */
    private List<Integer> numbers() {
        List<Integer> numbers = new ArrayList<>();
        for (String part : version.split("[._+-]")) {
            String digits = part.replaceAll("\\D.*", "");
            if (digits.isEmpty()) {
                break;
            }
            numbers.add(Integer.parseInt(digits));
        }
        if (numbers.isEmpty()) {
            numbers.add(0);
        }
        return numbers;
    }
}
