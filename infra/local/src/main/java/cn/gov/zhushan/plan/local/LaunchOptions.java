package cn.gov.zhushan.plan.local;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The launcher's command line: {@code [start|stop|status] [--measure] [--infra-only] [--without a,b] [--root DIR]}.
 * --measure starts the stack, prints the ready time and memory, then stops it (the benchmark);
 * --infra-only starts just Kafka and the store, for services run from an IDE;
 * --without a,b leaves out components (e.g. a service that is being worked on or does not build).
 */
public record LaunchOptions(String command, boolean measure, boolean infraOnly, Set<String> without, Path root) {

    public static LaunchOptions parse(List<String> args) {
        String command = "start";
        boolean measure = false;
        boolean infraOnly = false;
        Set<String> without = Set.of();
        Path root = Path.of(".");
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "start", "stop", "status" -> command = arg;
                case "--measure" -> measure = true;
                case "--infra-only" -> infraOnly = true;
                case "--without" -> without = Arrays.stream(args.get(++i).split(","))
                        .map(String::strip).filter(name -> !name.isEmpty()).collect(Collectors.toUnmodifiableSet());
                case "--root" -> root = Path.of(args.get(++i));
                default -> throw new IllegalArgumentException("unknown argument: " + arg
                        + " (usage: [start|stop|status] [--measure] [--infra-only] [--without a,b] [--root DIR])");
            }
        }
        return new LaunchOptions(command, measure, infraOnly, without, root);
    }
}
