package cn.gov.zhushan.plan.local.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lists the launcher and each process it started, with start times, so "zhushan stop" from another
 * terminal ends exactly those: a recycled pid has another start time and is left alone.
 */
public final class PidFile {

    public static final String LAUNCHER = "launcher";

    /** One line of the file. */
    public record Entry(String name, long pid, long startMillis) {

        static Entry of(String name, ProcessHandle handle) {
            return new Entry(name, handle.pid(),
                    handle.info().startInstant().map(Instant::toEpochMilli).orElse(0L));
        }

        String line() {
            return name + "\t" + pid + "\t" + startMillis;
        }

        static Entry parse(String line) {
            String[] parts = line.split("\t");
            return new Entry(parts[0], Long.parseLong(parts[1]), Long.parseLong(parts[2]));
        }

        /** The live process this entry names, if it is still the same process. */
        public Optional<ProcessHandle> live() {
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(handle -> !ProcState.isZombie(handle.pid()))
                    .filter(handle -> startMillis == 0
                    || handle.info().startInstant().map(Instant::toEpochMilli).orElse(startMillis) == startMillis);
        }
    }

    private final Path file;

    public PidFile(Path file) {
        this.file = file;
    }

    public Path path() {
        return file;
    }

    public static List<Entry> entries(String text) {
        List<Entry> entries = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                entries.add(Entry.parse(line.strip()));
            }
        }
        return entries;
    }

    public List<Entry> read() {
        try {
            return Files.exists(file) ? entries(Files.readString(file)) : List.of();
        } catch (IOException | RuntimeException unreadable) {
            return List.of();
        }
    }

    /** Written whole to a temp file then moved, so a reader never sees half a file. */
    public synchronized void write(List<Entry> entries) {
        StringBuilder text = new StringBuilder("# name\tpid\tstart (epoch ms); written by the zhushan launcher\n");
        entries.forEach(entry -> text.append(entry.line()).append('\n'));
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(temp, text);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            System.err.println("could not write " + file + ": " + e.getMessage());
        }
    }

    public void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a stale file is harmless: entries are checked against live start times
        }
    }
}
