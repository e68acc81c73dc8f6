package cn.gov.zhushan.plan.systemtest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

/** Prints a scenario's figures as one block on stdout and appends it to target/system-test-figures.txt. */
final class Figures {

    private static final Path FILE = Path.of(System.getProperty("system-test.data", "target/system-test-data"))
            .resolveSibling("system-test-figures.txt");

    private Figures() {
    }

    static void reset() {
        try {
            Files.deleteIfExists(FILE);
        } catch (IOException ignored) {
            // only a copy of what stdout shows
        }
    }

    static void print(String title, Map<String, ?> figures) {
        StringBuilder block = new StringBuilder("\n==== ").append(title).append(" ====\n");
        figures.forEach((name, value) -> block.append(String.format("  %-44s %s%n", name, value)));
        block.append("====\n");
        System.out.print(block);
        System.out.flush();
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, block, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException ignored) {
            // stdout has it
        }
    }

    static String seconds(long nanos) {
        return String.format("%.1f s", nanos / 1e9);
    }
}
