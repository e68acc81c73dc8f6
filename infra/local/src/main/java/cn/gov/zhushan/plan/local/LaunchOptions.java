package cn.gov.zhushan.plan.local;

import java.nio.file.Path;
import java.util.List;

/**
 * The launcher's command line: {@code [start|stop|status] [--measure] [--infra-only] [--root DIR]}.
 * --measure starts the stack, prints the ready time and memory, then stops it (the benchmark);
 * --infra-only starts just Kafka and the store, for services run from an IDE.
 */
public record LaunchOptions(String command, boolean measure, boolean infraOnly, Path root) {

    public static LaunchOptions parse(List<String> args) {
        String command = "start";
        boolean measure = false;
        boolean infraOnly = false;
        Path root = Path.of(".");
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "start", "stop", "status" -> command = arg;
                case "--measure" -> measure = true;
                case "--infra-only" -> infraOnly = true;
                case "--root" -> root = Path.of(args.get(++i));
                default -> throw new IllegalArgumentException("unknown argument: " + arg
                        + " (usage: [start|stop|status] [--measure] [--infra-only] [--root DIR])");
            }
        }
        return new LaunchOptions(command, measure, infraOnly, root);
    }
}
