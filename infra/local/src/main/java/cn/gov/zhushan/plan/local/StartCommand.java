package cn.gov.zhushan.plan.local;

import cn.gov.zhushan.plan.local.process.PidFile;
import cn.gov.zhushan.plan.local.process.Rss;
import cn.gov.zhushan.plan.local.process.Supervisor;
import cn.gov.zhushan.plan.local.ready.GatewayRoutes;
import cn.gov.zhushan.plan.local.ready.HttpProbe;
import cn.gov.zhushan.plan.local.ready.Progress;
import cn.gov.zhushan.plan.local.ready.TcpPort;
import cn.gov.zhushan.plan.local.ready.TokenClient;
import cn.gov.zhushan.plan.local.runtime.AppRuntime;
import cn.gov.zhushan.plan.local.runtime.JdkSelection;
import cn.gov.zhushan.plan.local.stack.Component;
import cn.gov.zhushan.plan.local.stack.ExternalEndpoints;
import cn.gov.zhushan.plan.local.stack.Shutdown;
import cn.gov.zhushan.plan.local.stack.StackPlan;
import cn.gov.zhushan.plan.local.stack.Stage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Starts the stack stage by stage, waits until the gateway serves every domain, then reports. */
final class StartCommand {

    private static final double STAGE_TIMEOUT_SECONDS = 240;
    private static final double ROUTES_TIMEOUT_SECONDS = 300;

    private final Layout layout;
    private final boolean measure;
    private final boolean infraOnly;
    private final Set<String> without;
    private final Progress progress = new Progress();
    private final HttpProbe http = new HttpProbe();
    private final PidFile pidFile;
    private final Supervisor supervisor;
    private List<String> training = List.of();

    StartCommand(Layout layout, LaunchOptions options) {
        this.layout = layout;
        this.measure = options.measure();
        this.infraOnly = options.infraOnly();
        this.without = options.without();
        this.pidFile = new PidFile(layout.pidFile());
        this.supervisor = new Supervisor(pidFile, layout::logFile);
    }

    int run() throws Exception {
        List<String> stillRunning = pidFile.read().stream()
                .filter(entry -> entry.live().isPresent())
                .map(entry -> entry.name() + " (pid " + entry.pid() + ")").toList();
        if (!stillRunning.isEmpty()) {
            System.err.println("a stack started earlier still runs: " + String.join(", ", stillRunning)
                    + "; ./zhushan stop first");
            return 1;
        }
        PrivateDataDir.ensure(layout.dataDir());
        ExternalEndpoints endpoints = ExternalEndpoints.fromEnv(System.getenv());
        endpoints.mongoUri().ifPresent(uri -> progress.say("using your MongoDB (" + ExternalEndpoints.MONGO_ENV + "); no embedded store"));
        endpoints.kafkaBootstrap().ifPresent(servers -> progress.say("using your Kafka " + servers + "; no embedded broker"));

        JdkSelection.Choice jdk = JdkSelection.select(System.getenv(),
                JdkSelection.defaultSearchRoots(System.getenv()), JdkSelection.current());
        AppRuntime runtime = AppRuntime.of(jdk.jdk(), layout.aotCacheDir(), System.getenv());
        progress.say("running on " + jdk.describe() + "; start-up cache: " + (runtime.caching()
                ? (jdk.jdk().feature() >= 25 ? "AOT cache" : "AppCDS") + " in " + layout.aotCacheDir()
                : "off (" + AppRuntime.CACHE_ENV + ")"));
        List<Stage> stages = StackPlan.stages(layout, runtime, endpoints, http);
        if (infraOnly) {
            stages = stages.stream().filter(stage -> stage.label().equals(StackPlan.INFRA_STAGE)).toList();
        }
        stages = StackPlan.without(stages, without);
        if (!without.isEmpty()) {
            progress.say("leaving out " + String.join(", ", without));
        }
        List<String> problems = new ArrayList<>(missingFiles(stages));
        problems.addAll(takenPorts(stages));
        if (!problems.isEmpty()) {
            problems.forEach(problem -> System.err.println("cannot start: " + problem));
            return 1;
        }

        stages.forEach(stage -> stage.components().forEach(component -> component.preparation().begin()));
        training = stages.stream().flatMap(stage -> stage.components().stream())
                .filter(component -> component.shutdown().graceSeconds() > Shutdown.PLAIN.graceSeconds())
                .map(Component::name).toList();
        if (!training.isEmpty()) {
            progress.say("first start of " + String.join(", ", training) + " on this jar and JDK: it records the"
                    + " start-up cache, written when the stack stops (later starts use it)");
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::shutdown, "zhushan-shutdown"));
        progress.say("logs in " + layout.logsDir());
        for (Stage stage : stages) {
            if (!startAndAwait(stage)) {
                return 1; // the shutdown hook stops what was started
            }
        }
        if (infraOnly) {
            reportInfra();
        } else if (!awaitRoutes()) {
            progress.say("the gateway does not serve every domain yet; the stack keeps running (Ctrl-C stops it)");
            if (measure) {
                return 1;
            }
        } else {
            report();
        }
        if (measure) {
            return 0;
        }
        watch();
        return 0;
    }

    private boolean startAndAwait(Stage stage) throws Exception {
        double stageStart = progress.seconds();
        progress.say("starting " + String.join(", ", stage.components().stream().map(Component::name).toList()));
        List<Supervisor.Running> started = supervisor.start(stage);
        List<Supervisor.Running> pending = new ArrayList<>(started);
        while (!pending.isEmpty()) {
            if (supervisor.isStopping()) {
                return false; // Ctrl-C while starting: the shutdown hook is already at work
            }
            for (Supervisor.Running run : List.copyOf(pending)) {
                if (!run.process().isAlive()) {
                    progress.say(run.component().name() + " exited with code " + run.process().exitValue()
                            + "; from " + run.logFile() + ":\n" + Logs.excerpt(run.logFile()));
                    return false;
                }
                Optional<String> up = run.component().probe().check();
                if (up.isPresent()) {
                    progress.say(String.format("  %-20s up in %5.1f s  (%s)",
                            run.component().name(), progress.seconds() - stageStart, up.get()));
                    pending.remove(run);
                }
            }
            if (progress.seconds() - stageStart > STAGE_TIMEOUT_SECONDS) {
                pending.forEach(run -> progress.say(run.component().name() + " not up after "
                        + (int) STAGE_TIMEOUT_SECONDS + " s; see " + run.logFile()));
                return false;
            }
            Thread.sleep(250);
        }
        return true;
    }

    private boolean awaitRoutes() throws InterruptedException {
        List<String> waiting = GatewayRoutes.pathsWithout(without);
        if (waiting.isEmpty()) {
            return true;
        }
        progress.say("waiting until the gateway routes to every service (token from auth-server, then GET each)");
        GatewayRoutes routes = new GatewayRoutes(http);
        double start = progress.seconds();
        double lastReport = start;
        while (!supervisor.isStopping()) {
            Map<String, Integer> pending = routes.pending(waiting);
            if (pending.isEmpty()) {
                progress.say("  gateway serves all four domains after " + String.format("%.1f", progress.seconds() - start) + " s");
                return true;
            }
            waiting = List.copyOf(pending.keySet());
            if (progress.seconds() - lastReport >= 10) {
                progress.say("  still waiting for " + GatewayRoutes.describe(pending));
                lastReport = progress.seconds();
            }
            if (progress.seconds() - start > ROUTES_TIMEOUT_SECONDS) {
                progress.say("  gave up after " + (int) ROUTES_TIMEOUT_SECONDS + " s: " + GatewayRoutes.describe(pending));
                return false;
            }
            Thread.sleep(1000);
        }
        return false;
    }

    private void report() {
        long rssKb = Rss.totalKb(supervisor.handles());
        String ready = String.format("%.1f", progress.seconds());
        System.out.println();
        System.out.println("Zhushan Plan Platform is up.");
        System.out.println("  Gateway:     " + GatewayRoutes.GATEWAY);
        System.out.println("  Swagger UI:  " + GatewayRoutes.GATEWAY + "/swagger-ui.html");
        System.out.println("  Eureka:      http://localhost:8761");
        System.out.println("  Token:       " + TokenClient.curlCommand());
        System.out.println("  Sample call: TOKEN=$(" + TokenClient.curlCommand()
                + " | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')");
        System.out.println("               curl -s -H \"Authorization: Bearer $TOKEN\" " + GatewayRoutes.GATEWAY + "/api/v1/indicators");
        System.out.println("  Logs:        " + layout.logsDir());
        System.out.println("ready after " + ready + " s");
        System.out.println("total RSS " + (rssKb / 1024) + " MB (" + supervisor.handles().size() + " processes)");
        for (Supervisor.Running run : supervisor.running()) {
            System.out.printf("    %-20s %s%n", run.component().name(), Rss.mb(Rss.totalKb(List.of(run.process().toHandle()))));
        }
        if (!measure) {
            System.out.println("Ctrl-C (or ./zhushan stop) stops everything.");
        }
        System.out.flush();
    }

    private void reportInfra() {
        System.out.println();
        System.out.println("Kafka and the store are up (services not started: --infra-only).");
        System.out.println("  export SPRING_KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:9092");
        System.out.println("  export SPRING_MONGODB_URI=mongodb://127.0.0.1:27017/<database>");
        System.out.println("ready after " + String.format("%.1f", progress.seconds()) + " s");
        System.out.println("total RSS " + (Rss.totalKb(supervisor.handles()) / 1024) + " MB");
        System.out.flush();
    }

    /** Stays in the foreground, telling when a child dies; Ctrl-C ends the wait via the shutdown hook. */
    private void watch() throws InterruptedException {
        List<Supervisor.Running> alive = new ArrayList<>(supervisor.running());
        while (!alive.isEmpty() && !supervisor.isStopping()) {
            for (Supervisor.Running run : List.copyOf(alive)) {
                if (!run.process().isAlive() && !supervisor.isStopping()) {
                    progress.say(run.component().name() + " exited with code " + run.process().exitValue()
                            + "; see " + run.logFile());
                    alive.remove(run);
                }
            }
            Thread.sleep(1000);
        }
    }

    private void shutdown() {
        if (supervisor.handles().isEmpty()) {
            return;
        }
        progress.say("stopping (services first, Kafka last)" + (training.isEmpty() ? "" :
                "; writing the start-up caches of " + String.join(", ", training) + " takes up to a minute more") + "...");
        supervisor.stopAll();
        progress.say("all stopped");
    }

    private List<String> missingFiles(List<Stage> stages) {
        List<String> missing = new ArrayList<>();
        if (!Files.isDirectory(layout.localClasses()) || !Files.isRegularFile(layout.logConfig())) {
            missing.add(layout.localClasses() + " is missing: build with ./zhushan --rebuild");
        }
        for (Stage stage : stages) {
            for (Component component : stage.components()) {
                // jars under the data folder are extracted by the component's preparation
                component.command().stream().filter(arg -> arg.endsWith(".jar")).map(Path::of)
                        .filter(jar -> !jar.startsWith(layout.dataDir()))
                        .filter(jar -> !Files.isRegularFile(jar))
                        .forEach(jar -> missing.add(component.name() + " jar " + jar + " is missing: build with ./zhushan --rebuild"));
            }
        }
        return missing;
    }

    /** Foreign processes are never killed: a taken port is the user's to free. */
    private static List<String> takenPorts(List<Stage> stages) {
        Map<Integer, String> wanted = new LinkedHashMap<>();
        stages.forEach(stage -> stage.components().forEach(component ->
                component.ports().forEach(port -> wanted.put(port, component.name()))));
        List<String> taken = new ArrayList<>();
        wanted.forEach((port, name) -> {
            if (!TcpPort.isFree(port)) {
                taken.add("port " + port + " (needed by " + name + ") is already in use by another process");
            }
        });
        return taken;
    }

}
