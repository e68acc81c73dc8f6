package cn.gov.zhushan.plan.local.kafka;

import cn.gov.zhushan.plan.local.stack.Preparation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Writes server.properties on every start (so port or setting changes apply) and formats the KRaft
 * log directory once: a formatted directory holds meta.properties, and formatting again would be
 * refused, so a second run keeps its topics and offsets.
 */
public record KafkaStorage(KafkaServerProperties properties, Path propertiesFile, List<String> javaPrefix)
        implements Preparation {

    /** In Kafka 4.1 the tool is still the Scala object in the core jar (no org.apache.kafka.tools variant). */
    public static final String STORAGE_TOOL = "kafka.tools.StorageTool";

    @Override
    public void prepare(Path logFile) throws IOException, InterruptedException {
        Files.createDirectories(properties.logDir());
        Files.writeString(propertiesFile, properties.render());
        if (isFormatted()) {
            return;
        }
        List<String> command = new ArrayList<>(javaPrefix);
        command.addAll(List.of(STORAGE_TOOL, "format", "--config", propertiesFile.toString(),
                "--cluster-id", ClusterId.random(), "--ignore-formatted"));
        Process format = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
        if (!format.waitFor(120, TimeUnit.SECONDS)) {
            format.destroyForcibly();
            throw new IOException("formatting Kafka storage took over 120 s; see " + logFile);
        }
        if (format.exitValue() != 0) {
            throw new IOException("formatting Kafka storage failed (exit " + format.exitValue() + "); see " + logFile);
        }
    }

    public boolean isFormatted() {
        return Files.exists(properties.logDir().resolve("meta.properties"));
    }
}
