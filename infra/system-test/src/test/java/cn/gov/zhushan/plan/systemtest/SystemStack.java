package cn.gov.zhushan.plan.systemtest;

import cn.gov.zhushan.plan.local.Layout;
import cn.gov.zhushan.plan.local.kafka.KafkaServerProperties;
import cn.gov.zhushan.plan.local.process.PidFile;
import cn.gov.zhushan.plan.local.process.Stopper;
import cn.gov.zhushan.plan.local.ready.HttpProbe;
import cn.gov.zhushan.plan.local.ready.TcpPort;
import cn.gov.zhushan.plan.local.stack.AppComponents;
import cn.gov.zhushan.plan.local.stack.AppSpec;
import cn.gov.zhushan.plan.local.stack.Component;
import cn.gov.zhushan.plan.local.stack.InfraComponents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The whole platform as the local launcher runs it (same components, JVM flags, profile "local"), but on
 * ports of its own (see {@link Ports}) and with a fresh data folder, so a developer's running stack is
 * left alone. Unlike the launcher's Supervisor it can stop, kill and restart single components.
 */
final class SystemStack implements AutoCloseable {

    static final String KAFKA = InfraComponents.KAFKA;
    static final String STORE = InfraComponents.STORE;
    static final String DISCOVERY = "discovery-server";
    static final String AUTH = "auth-server";
    static final String GATEWAY = "gateway";
    static final String INDICATOR = "indicator-service";
    static final String PROJECT = "project-service";
    static final String LIVELIHOOD = "livelihood-service";
    static final String TOURISM = "tourism-service";

    /** The gateway's per-client limits stay on but are raised: the suite writes ~1,500 times in bursts. */
    static final int RAISED_RATE = 1000;

    private final Layout layout;
    private final Ports ports;
    private final Map<String, Component> components = new LinkedHashMap<>();
    private final Map<String, Process> running = new ConcurrentHashMap<>();
    private final PidFile pidFile;
    private final HttpProbe http = new HttpProbe();

    SystemStack(Path root, Path dataDir, Ports ports) {
        this.layout = new Layout(root.toAbsolutePath().normalize(), dataDir.toAbsolutePath().normalize());
        this.ports = ports;
        this.pidFile = new PidFile(this.layout.dataDir().resolve("system-test.pid"));
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());

        KafkaServerProperties kafka = new KafkaServerProperties("127.0.0.1", ports.kafka(), ports.kafkaController(),
                layout.kafkaDir().resolve("data"));
        components.put(KAFKA, InfraComponents.kafka(layout, java, kafka));
        components.put(STORE, InfraComponents.store(layout, java, ports.store()));
        String eureka = "http://localhost:" + ports.discovery() + "/eureka/";
        String jwks = "http://localhost:" + ports.auth() + "/oauth2/jwks";
        String issuer = "http://localhost:" + ports.auth(); // every token's iss; gateway and services require it
        app(java, new AppSpec(DISCOVERY, "infra/discovery-server", ports.discovery(), Optional.empty()),
                Map.of("EUREKA_CLIENT_SERVICEURL_DEFAULTZONE", eureka));
        app(java, new AppSpec(AUTH, "infra/auth-server", ports.auth(), Optional.empty()),
                Map.of("EUREKA_CLIENT_SERVICEURL_DEFAULTZONE", eureka,
                        "AUTH_ISSUER", issuer,
                        "AUTH_CONFIG_FILE", layout.dataDir().resolve("no-auth-config.yml").toString()));
        app(java, new AppSpec(GATEWAY, "gateway", ports.gateway(), Optional.empty()),
                Map.of("EUREKA_CLIENT_SERVICEURL_DEFAULTZONE", eureka,
                        "JWK_SET_URI", jwks,
                        "AUTH_ISSUER", issuer,
                        "SPRING_APPLICATION_JSON", raisedRateLimits()));
        service(java, INDICATOR, ports.indicator(), "indicators", eureka, jwks, issuer);
        service(java, PROJECT, ports.project(), "projects", eureka, jwks, issuer);
        service(java, LIVELIHOOD, ports.livelihood(), "livelihood", eureka, jwks, issuer);
        service(java, TOURISM, ports.tourism(), "tourism", eureka, jwks, issuer);
    }

    Ports ports() {
        return ports;
    }

    Layout layout() {
        return layout;
    }

    /** Names of what must be free; the suite refuses to run (and says why) when one is taken. */
    List<String> takenPorts() {
        List<String> taken = new ArrayList<>();
        components.values().forEach(component -> component.ports().forEach(port -> {
            if (!TcpPort.isFree(port)) {
                taken.add(port + " (" + component.name() + ")");
            }
        }));
        return taken;
    }

    /** Ends processes a crashed earlier run left behind (only those: pid and start time must match). */
    static void cleanLeftovers(Path dataDir) {
        List<ProcessHandle> leftovers = new PidFile(dataDir.resolve("system-test.pid")).read().stream()
                .map(PidFile.Entry::live).flatMap(Optional::stream)
                .filter(handle -> handle.pid() != ProcessHandle.current().pid()).toList();
        if (!leftovers.isEmpty()) {
            System.out.println("stopping " + leftovers.size() + " processes left by an earlier system-test run");
            Stopper.stop(leftovers, 10);
        }
    }

    /**
     * A clean slate (Kafka formatted again, the store empty) and a private copy of every jar and of the
     * launcher's classes: another build repackaging target/*.jar under a running JVM would otherwise
     * break it with NoClassDefFoundError halfway through the suite. Returns the copy's root.
     */
    static Path prepare(Path root, Path dataDir) throws IOException {
        Path source = root.toAbsolutePath().normalize();
        if (Files.exists(dataDir)) {
            try (Stream<Path> paths = Files.walk(dataDir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        Path mirror = dataDir.toAbsolutePath().normalize().resolve("root");
        List<String> missing = new ArrayList<>();
        for (String moduleDir : List.of("infra/discovery-server", "infra/auth-server", "gateway", INDICATOR, PROJECT,
                LIVELIHOOD, TOURISM)) {
            String jar = moduleDir.substring(moduleDir.lastIndexOf('/') + 1) + "-" + Layout.VERSION + ".jar";
            Path from = source.resolve(moduleDir).resolve("target").resolve(jar);
            if (!Files.isRegularFile(from)) {
                missing.add(from.toString());
                continue;
            }
            Path to = mirror.resolve(moduleDir).resolve("target").resolve(jar);
            Files.createDirectories(to.getParent());
            Files.copy(from, to);
        }
        for (String dir : List.of("infra/local/target/classes", "infra/local/target/lib")) {
            Path from = source.resolve(dir);
            if (!Files.isDirectory(from)) {
                missing.add(from.toString());
                continue;
            }
            try (Stream<Path> paths = Files.walk(from)) {
                for (Path path : paths.toList()) {
                    Path to = mirror.resolve(dir).resolve(from.relativize(path).toString());
                    if (Files.isDirectory(path)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(path, to);
                    }
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("system tests need the built jars; missing: " + missing
                    + ". Build with: ./mvnw -B -Psystem-tests -pl infra/system-test -am verify -DskipTests");
        }
        Files.createDirectories(dataDir.resolve("logs"));
        return mirror;
    }

    synchronized void start(String name) throws Exception {
        Component component = components.get(name);
        Process old = running.get(name);
        if (old != null && old.isAlive()) {
            throw new IllegalStateException(name + " runs already");
        }
        Path log = layout.logFile(name);
        Files.createDirectories(log.getParent());
        Files.writeString(log, "\n===== system-test: starting " + name + " =====\n",
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        component.preparation().prepare(log);
        List<String> command = new ArrayList<>(component.command());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().putAll(component.env());
        running.put(name, builder.start());
        recordPids();
    }

    /** Waits for the component's own readiness probe (the launcher's), failing early if the process died. */
    void awaitUp(String name, int timeoutSeconds) throws InterruptedException {
        Component component = components.get(name);
        long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            Process process = running.get(name);
            if (process == null || !process.isAlive()) {
                throw new IllegalStateException(name + " is not running; see " + layout.logFile(name));
            }
            if (component.probe().check().isPresent()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " not up after " + timeoutSeconds + " s; see " + layout.logFile(name));
    }

    /** SIGTERM, then SIGKILL after the grace time (the launcher's Stopper). */
    void stop(String name) {
        Process process = running.remove(name);
        if (process != null) {
            Stopper.stop(List.of(process.toHandle()), 20);
        }
    }

    /** kill -9: no shutdown hooks, no offset commits, no goodbye to Eureka. */
    void kill(String name) throws InterruptedException {
        Process process = running.remove(name);
        if (process != null) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    long pid(String name) {
        Process process = running.get(name);
        return process == null ? -1 : process.pid();
    }

    boolean isRunning(String name) {
        Process process = running.get(name);
        return process != null && process.isAlive();
    }

    Path log(String name) {
        return layout.logFile(name);
    }

    /** Services and gateway first, then auth and discovery, the store, Kafka last (as the launcher). */
    @Override
    public synchronized void close() {
        List<String> order = List.of(GATEWAY, INDICATOR, PROJECT, LIVELIHOOD, TOURISM);
        List<ProcessHandle> group = new ArrayList<>();
        order.forEach(name -> Optional.ofNullable(running.remove(name)).ifPresent(p -> group.add(p.toHandle())));
        Stopper.stop(group, 20);
        for (String name : List.of(AUTH, DISCOVERY, STORE, KAFKA)) {
            stop(name);
        }
        running.values().forEach(Process::destroyForcibly);
        running.clear();
        pidFile.delete();
    }

    private void app(String java, AppSpec spec, Map<String, String> env) {
        components.put(spec.name(), AppComponents.app(layout, java, spec, env, http));
    }

    private void service(String java, String name, int port, String database, String eureka, String jwks,
                         String issuer) {
        app(java, new AppSpec(name, name, port, Optional.of(database)), Map.of(
                "EUREKA_CLIENT_SERVICEURL_DEFAULTZONE", eureka,
                "PLATFORM_AUTH_JWKS_URI", jwks,
                "AUTH_ISSUER", issuer,
                "SPRING_MONGODB_URI", "mongodb://127.0.0.1:" + ports.store() + "/" + database,
                "SPRING_KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + ports.kafka()));
    }

    private static String raisedRateLimits() {
        String limit = "{\"replenish-rate\":" + RAISED_RATE + ",\"burst-capacity\":" + (2 * RAISED_RATE) + "}";
        StringBuilder clients = new StringBuilder();
        for (String client : Clients.ALL) {
            clients.append(clients.isEmpty() ? "" : ",").append('"').append(client).append("\":").append(limit);
        }
        return "{\"plan\":{\"gateway\":{\"rate-limit\":{\"default-limit\":" + limit
                + ",\"clients\":{" + clients + "}}}}}";
    }

    private void recordPids() {
        List<PidFile.Entry> entries = new ArrayList<>();
        running.forEach((name, process) -> entries.add(new PidFile.Entry(name, process.pid(),
                process.toHandle().info().startInstant().map(java.time.Instant::toEpochMilli).orElse(0L))));
        pidFile.write(entries);
    }
}
