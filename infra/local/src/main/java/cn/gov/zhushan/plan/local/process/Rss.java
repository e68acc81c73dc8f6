package cn.gov.zhushan.plan.local.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.OptionalLong;
import java.util.stream.Stream;

/** Resident memory from /proc/PID/status (Linux); processes that are gone or unreadable count 0. */
public final class Rss {

    private Rss() {
    }

    /** The VmRSS line of a /proc status text, in kB. Kernel threads have none. */
    public static OptionalLong parseKb(String statusText) {
        for (String line : statusText.split("\n")) {
            if (line.startsWith("VmRSS:")) {
                String[] parts = line.substring("VmRSS:".length()).trim().split("\\s+");
                return OptionalLong.of(Long.parseLong(parts[0]));
            }
        }
        return OptionalLong.empty();
    }

    public static long kb(long pid) {
        try {
            return parseKb(Files.readString(Path.of("/proc", String.valueOf(pid), "status"))).orElse(0);
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    /** The processes and all their descendants, each counted once. */
    public static long totalKb(Collection<ProcessHandle> processes) {
        return processes.stream()
                .flatMap(process -> Stream.concat(Stream.of(process), process.descendants()))
                .mapToLong(ProcessHandle::pid)
                .distinct()
                .map(Rss::kb)
                .sum();
    }

    public static String mb(long kb) {
        return (kb / 1024) + " MB";
    }
}
