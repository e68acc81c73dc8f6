package cn.gov.zhushan.plan.local;

import java.nio.file.Path;

/** Where things are: the repository, its git-ignored data folder and the built jars. */
public record Layout(Path root, Path dataDir) {

    public static final String VERSION = "0.1.0-SNAPSHOT";

    public static Layout of(Path root) {
        Path absolute = root.toAbsolutePath().normalize();
        return new Layout(absolute, absolute.resolve(".local-data"));
    }

    public Path logsDir() {
        return dataDir.resolve("logs");
    }

    public Path logFile(String component) {
        return logsDir().resolve(component + ".log");
    }

    public Path kafkaDir() {
        return dataDir.resolve("kafka");
    }

    public Path storeFile() {
        return dataDir.resolve("mongo").resolve("store.mv");
    }

    /** Start-up caches (AOT cache / AppCDS) and the extracted jars they belong to, one folder per app. */
    public Path aotCacheDir() {
        return dataDir.resolve("aot");
    }

    public Path pidFile() {
        return dataDir.resolve("zhushan.pid");
    }

    public Path localClasses() {
        return root.resolve("infra/local/target/classes");
    }

    /** Classpath of the Kafka and store child JVMs: this module plus its copied runtime jars. */
    public String childClasspath() {
        return localClasses() + java.io.File.pathSeparator + root.resolve("infra/local/target/lib") + "/*";
    }

    public Path logConfig() {
        return localClasses().resolve("local-log4j2.xml");
    }

    public Path bootJar(String moduleDir, String artifactId) {
        return root.resolve(moduleDir).resolve("target").resolve(artifactId + "-" + VERSION + ".jar");
    }
}
