package cn.gov.zhushan.plan.local.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which JDK runs the apps: JAVA_HOME when it is set (and at least 17), otherwise the newest JDK of at
 * least 17 installed in the usual places, otherwise the JVM the launcher itself runs on. Newer JDKs start
 * faster (JDK 25's AOT cache) and let virtual threads leave their carrier inside {@code synchronized} (24+);
 * the code is still compiled for 17, so any of them runs it.
 */
public final class JdkSelection {

    public static final int MINIMUM = 17;

    /** The chosen JDK and why, for the launcher to print. */
    public record Choice(Jdk jdk, String reason) {

        public String describe() {
            return "JDK " + jdk.version() + " (" + jdk.home() + ", " + reason + ")";
        }
    }

    private JdkSelection() {
    }

    /** The places JDK packages and installers put JDKs on Linux and macOS, plus the user's SDKMAN and IDE folders. */
    public static List<Path> defaultSearchRoots(Map<String, String> env) {
        List<Path> roots = new ArrayList<>(List.of(Path.of("/usr/lib/jvm"), Path.of("/usr/java"),
                Path.of("/usr/local/lib/jvm"), Path.of("/opt/java"), Path.of("/opt/jdk"),
                Path.of("/Library/Java/JavaVirtualMachines")));
        Optional.ofNullable(env.get("HOME")).map(Path::of).ifPresent(home -> {
            roots.add(home.resolve(".sdkman/candidates/java"));
            roots.add(home.resolve(".jdks"));
        });
        return roots;
    }

    public static Choice select(Map<String, String> env, List<Path> searchRoots, Jdk current) {
        String javaHome = env.get("JAVA_HOME");
        if (javaHome != null && !javaHome.isBlank()) {
            Optional<Jdk> fromEnv = Jdk.at(Path.of(javaHome));
            if (fromEnv.isPresent() && fromEnv.get().feature() >= MINIMUM) {
                return new Choice(fromEnv.get(), "JAVA_HOME");
            }
            System.err.println("JAVA_HOME=" + javaHome + " is no JDK " + MINIMUM + "+ (no bin/java or release file,"
                    + " or too old); looking for an installed one");
        }
        return installed(searchRoots).stream()
                .filter(jdk -> jdk.feature() >= MINIMUM)
                .max(Comparator.naturalOrder())
                .filter(newest -> newest.compareTo(current) > 0)
                .map(newest -> new Choice(newest, "newest installed"))
                .orElse(new Choice(current, "the launcher's own JVM"));
    }

    /** Every JDK directly under the roots (macOS bundles under Contents/Home), each real directory once. */
    static List<Jdk> installed(List<Path> searchRoots) {
        Map<Path, Jdk> byRealPath = new LinkedHashMap<>();
        for (Path root : searchRoots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> children = Files.list(root)) {
                children.sorted().forEach(child -> Stream.of(child, child.resolve("Contents/Home"))
                        .map(Jdk::at).flatMap(Optional::stream).findFirst()
                        .ifPresent(jdk -> byRealPath.putIfAbsent(realPath(jdk.home()), jdk)));
            } catch (IOException | RuntimeException unreadable) {
                // a folder we may not list is simply not searched
            }
        }
        return List.copyOf(byRealPath.values());
    }

    /** The JVM running this code, read from its own release file; its java.version if that file is missing. */
    public static Jdk current() {
        Path home = Path.of(System.getProperty("java.home"));
        return Jdk.at(home).orElse(new Jdk(home, System.getProperty("java.version")));
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
