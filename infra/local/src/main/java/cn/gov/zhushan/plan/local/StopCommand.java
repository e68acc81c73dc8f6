package cn.gov.zhushan.plan.local;

import cn.gov.zhushan.plan.local.process.PidFile;
import cn.gov.zhushan.plan.local.process.Stopper;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Stops a stack started from another terminal. The launcher gets SIGTERM and stops its children in
 * order itself; children left behind (launcher killed hard) are then stopped here, newest first.
 */
final class StopCommand {

    private final PidFile pidFile;

    StopCommand(Layout layout) {
        this.pidFile = new PidFile(layout.pidFile());
    }

    int run() throws Exception {
        List<PidFile.Entry> entries = pidFile.read();
        if (entries.isEmpty()) {
            System.out.println("nothing to stop (no " + pidFile.path() + ")");
            return 0;
        }
        Optional<ProcessHandle> launcher = entries.stream()
                .filter(entry -> entry.name().equals(PidFile.LAUNCHER))
                .findFirst().flatMap(PidFile.Entry::live);
        if (launcher.isPresent()) {
            System.out.println("stopping launcher pid " + launcher.get().pid() + " (it stops its processes in order)");
            launcher.get().destroy();
            try {
                launcher.get().onExit().get(120, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException stuck) {
                System.out.println("launcher did not stop within 120 s; stopping its processes directly");
            }
        }
        List<PidFile.Entry> children = new ArrayList<>(entries.stream()
                .filter(entry -> !entry.name().equals(PidFile.LAUNCHER)).toList());
        java.util.Collections.reverse(children);
        for (PidFile.Entry child : children) {
            child.live().ifPresent(handle -> {
                System.out.println("stopping " + child.name() + " pid " + handle.pid());
                Stopper.stop(List.of(handle), 20);
            });
        }
        pidFile.delete();
        System.out.println("stopped");
        return 0;
    }
}
