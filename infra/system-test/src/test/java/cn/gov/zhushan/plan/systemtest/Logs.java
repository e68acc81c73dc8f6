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
            return lines.stream().filter(line -> line.matches("^[a-z][\\w.]*(Exception|Error)(: .*)?$"))
                    .map(line -> line.length() > 200 ? line.substring(0, 200) : line)
                    .findFirst().orElse("see " + log);
        } catch (IOException e) {
            return "see " + log;
        }
    }
}
