package cn.gov.zhushan.plan.indicator.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Reading the generated report in tests: the seed's figure list, figure look-up, a section's text. */
final class ReportTexts {

    /** One seed figure and the platform source that holds it ({@code -}: none). */
    record SeedFigure(String figure, String heldBy) {
        boolean held() {
            return !"-".equals(heldBy);
        }
    }

    private ReportTexts() {
    }

    static List<SeedFigure> seedSection1Figures() {
        try (InputStream in = ReportTexts.class.getResourceAsStream("/report/seed-2024-section-1-figures.tsv")) {
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t")).map(cols -> new SeedFigure(cols[0], cols[1].trim())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The figure as a whole number: 1亿元 is not found inside 21亿元, 20个 not inside 120个. */
    static boolean contains(String text, String figure) {
        return Pattern.compile("(?<![0-9.])" + Pattern.quote(figure)).matcher(text).find();
    }

    /**
     * The Markdown between a heading that starts with {@code from} and the next heading of the same or a higher level
     * (the footnotes after the closing rule are not part of any section).
     */
    static String markdownSection(String markdown, String from) {
        int rule = markdown.indexOf("\n---\n");
        if (rule >= 0) {
            markdown = markdown.substring(0, rule + 1);
        }
        int start = markdown.indexOf(from);
        if (start < 0) {
            throw new AssertionError("No heading " + from);
        }
        int level = 0;
        while (markdown.charAt(start + level) == '#') {
            level++;
        }
        int end = start + from.length();
        while (true) {
            int next = markdown.indexOf("\n#", end);
            if (next < 0) {
                return markdown.substring(start);
            }
            int nextLevel = 0;
            while (markdown.charAt(next + 1 + nextLevel) == '#') {
                nextLevel++;
            }
            if (nextLevel <= level) {
                return markdown.substring(start, next);
            }
            end = next + 1;
        }
    }
}
