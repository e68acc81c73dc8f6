package cn.gov.zhushan.plan.systemtest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The first exception line of a component's log, for the figures when something died. */
final class Logs {

    private Logs() {
    }

    static String firstError(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            int failed = -1;
            for (int i = lines.size() - 1; i >= 0 && failed < 0; i--) {
                if (lines.get(i).contains("Application run failed")) {
                    failed = i;
                }
            }
            return lines.stream().skip(Math.max(0, failed))
                    .filter(line -> line.matches("^(Caused by: )?[a-z][\\w.]*\\.[A-Z]\\w*(Exception|Error)(: .*)?$"))
                    .map(line -> line.length() > 200 ? line.substring(0, 200) : line)
                    .findFirst().orElse("see " + log);
        } catch (IOException e) {
            return "see " + log;
        }
    }
}
