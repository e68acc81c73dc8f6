package cn.gov.zhushan.plan.local;

import cn.gov.zhushan.plan.local.process.PidFile;
import cn.gov.zhushan.plan.local.process.Rss;

import java.util.List;
import java.util.Optional;

/** Shows the processes of the pid file, alive or not, with their memory. */
final class StatusCommand {

    private final PidFile pidFile;

    StatusCommand(Layout layout) {
        this.pidFile = new PidFile(layout.pidFile());
    }

    int run() {
        List<PidFile.Entry> entries = pidFile.read();
        if (entries.isEmpty()) {
            System.out.println("not running (no " + pidFile.path() + ")");
            return 1;
        }
        long totalKb = 0;
        int alive = 0;
        for (PidFile.Entry entry : entries) {
            Optional<ProcessHandle> live = entry.live();
            boolean launcher = entry.name().equals(PidFile.LAUNCHER);
            // The launcher's descendants are the other entries: count only its own memory.
            long kb = live.map(handle -> launcher ? Rss.kb(handle.pid()) : Rss.totalKb(List.of(handle))).orElse(0L);
            totalKb += launcher ? 0 : kb;
            alive += live.isPresent() ? 1 : 0;
            System.out.printf("%-20s pid %-8d %-8s %s%n", entry.name(), entry.pid(),
                    live.isPresent() ? "running" : "gone", live.isPresent() ? Rss.mb(kb) : "");
        }
        System.out.println("total RSS of started processes: " + Rss.mb(totalKb));
        return alive == entries.size() ? 0 : 1;
    }
}
