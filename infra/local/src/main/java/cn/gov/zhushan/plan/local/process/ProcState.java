package cn.gov.zhushan.plan.local.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a process's state letter from /proc; a zombie has ended even though its pid still exists. */
public final class ProcState {

    private ProcState() {
    }

    public static boolean isZombie(long pid) {
        try {
            return isZombieStat(Files.readString(Path.of("/proc", String.valueOf(pid), "stat")));
        } catch (IOException | RuntimeException unknown) {
            return false; // no /proc (not Linux) or gone: let ProcessHandle decide
        }
    }

    /** The state follows the command name, which is in parentheses and may itself contain ") ". */
    static boolean isZombieStat(String stat) {
        int end = stat.lastIndexOf(')');
        return end >= 0 && stat.length() > end + 2 && stat.charAt(end + 2) == 'Z';
    }
}
