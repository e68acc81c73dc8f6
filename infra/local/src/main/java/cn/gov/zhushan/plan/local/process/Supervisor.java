package cn.gov.zhushan.plan.local.process;

import cn.gov.zhushan.plan.local.stack.Component;
import cn.gov.zhushan.plan.local.stack.Stage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Starts components as child processes, remembers them in start order and in the pid file, and
 * stops them in reverse stage order (stopLast ones at the very end). Children get their own
 * session via setsid where available, so Ctrl-C reaches only the launcher, which then stops them
 * in order instead of all at once.
 */
public final class Supervisor {

    /** A started component. */
    public record Running(Component component, Process process, Path logFile) {
    }

    private final PidFile pidFile;
    private final Function<String, Path> logFiles;
    private final List<List<Running>> stages = new ArrayList<>();
    private volatile boolean closed;
    private final boolean setsid = Files.isExecutable(Path.of("/usr/bin/setsid"))
            || Files.isExecutable(Path.of("/bin/setsid"));

    public Supervisor(PidFile pidFile, Function<String, Path> logFiles) {
        this.pidFile = pidFile;
        this.logFiles = logFiles;
    }

    /** Starts every component of a stage (preparation first) and returns them running. */
    public synchronized List<Running> start(Stage stage) throws Exception {
        if (closed) {
            throw new IllegalStateException("stopping: no new processes");
        }
        List<Running> started = new ArrayList<>();
        stages.add(started);
        for (Component component : stage.components()) {
            Path log = logFiles.apply(component.name());
            rotate(log);
            component.preparation().prepare(log);
            ProcessBuilder builder = new ProcessBuilder(command(component))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            builder.environment().putAll(component.env());
            started.add(new Running(component, builder.start(), log));
            recordPids();
        }
        return started;
    }

    /** True once stopping began: children exiting now is expected, not news. */
    public boolean isStopping() {
        return closed;
    }

    public synchronized List<ProcessHandle> handles() {
        return stages.stream().flatMap(List::stream).map(running -> running.process().toHandle()).toList();
    }

    public synchronized List<Running> running() {
        return stages.stream().flatMap(List::stream).toList();
    }

    /** Reverse stage order, each stage's processes together; stopLast ones (Kafka) after all others. */
    public synchronized void stopAll() {
        closed = true;
        List<Running> last = new ArrayList<>();
        for (int i = stages.size() - 1; i >= 0; i--) {
            List<Running> group = new ArrayList<>();
            for (Running running : stages.get(i)) {
                (running.component().stopLast() ? last : group).add(running);
            }
            stop(group);
        }
        stop(last);
        stages.clear();
        pidFile.delete();
    }

    /** Together, with the longest grace any of them needs; then each learns its exit code. */
    private static void stop(List<Running> group) {
        long grace = group.stream().mapToLong(running -> running.component().shutdown().graceSeconds()).max().orElse(0);
        Stopper.stop(group.stream().map(running -> running.process().toHandle()).toList(), grace);
        for (Running running : group) {
            if (!running.process().isAlive()) {
                running.component().shutdown().afterExit().accept(running.process().exitValue());
            }
        }
    }

    private List<String> command(Component component) {
        if (!setsid) {
            return component.command();
        }
        // setsid execs in place (the child is no group leader), so the pid stays the JVM's.
        List<String> command = new ArrayList<>();
        command.add("setsid");
        command.addAll(component.command());
        return command;
    }

    private void recordPids() {
        List<PidFile.Entry> entries = new ArrayList<>();
        entries.add(PidFile.Entry.of(PidFile.LAUNCHER, ProcessHandle.current()));
        for (Running running : running()) {
            entries.add(PidFile.Entry.of(running.component().name(), running.process().toHandle()));
        }
        pidFile.write(entries);
    }

    /** Keeps the previous run's log as NAME.log.1: the interesting crash is often the one before. */
    private static void rotate(Path log) throws IOException {
        Files.createDirectories(log.getParent());
        if (Files.exists(log)) {
            Files.move(log, log.resolveSibling(log.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
