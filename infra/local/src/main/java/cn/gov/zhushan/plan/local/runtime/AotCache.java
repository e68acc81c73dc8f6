package cn.gov.zhushan.plan.local.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * The start-up cache of one Spring Boot app for one jar and one JDK: JDK 25's AOT cache (JEP 483/514/515) or, before
 * 25, a dynamic AppCDS archive. Both only hold classes loaded from plain jars on the class path, so the app runs from
 * its extracted form ({@code java -Djarmode=tools -jar app.jar extract}), kept under a folder named by the jar's
 * checksum and the JDK version: a rebuilt jar or another JDK gets a new folder and a new training run.
 *
 * <p>The first start is the training run: the JVM writes the cache when it exits after the launcher's SIGTERM. It
 * writes to {@code training.*}, which is renamed to the cache only after a clean exit: JDK 17 crashes (SIGBUS) on a
 * truncated archive, while JDK 25 only warns, so a half-written file must never become the cache.
 */
public final class AotCache {

    /** Exit codes of a JVM that ended normally or on SIGTERM, i.e. after writing its cache. */
    private static final List<Integer> CLEAN_EXITS = List.of(0, 143);
    private static final long EXTRACT_TIMEOUT_SECONDS = 180;

    private final Path dir;
    private final Jdk jdk;
    private final Path bootJar;
    private final Kind kind;
    private final CompletableFuture<Void> extraction = new CompletableFuture<>();
    private boolean extractionStarted;

    private AotCache(Path dir, Jdk jdk, Path bootJar) {
        this.dir = dir;
        this.jdk = jdk;
        this.bootJar = bootJar;
        this.kind = Kind.forJdk(jdk);
    }

    /** How the cache is written and read. */
    public enum Kind {
        AOT_CACHE("aot", "-XX:AOTCacheOutput=", "-XX:AOTCache="),
        APP_CDS("jsa", "-XX:ArchiveClassesAtExit=", "-XX:SharedArchiveFile=");

        private final String extension;
        private final String trainFlag;
        private final String useFlag;

        Kind(String extension, String trainFlag, String useFlag) {
            this.extension = extension;
            this.trainFlag = trainFlag;
            this.useFlag = useFlag;
        }

        /** JDK 25 has the one-step -XX:AOTCacheOutput (JEP 514); older JDKs write a dynamic CDS archive. */
        public static Kind forJdk(Jdk jdk) {
            return jdk.feature() >= 25 ? AOT_CACHE : APP_CDS;
        }
    }

    /**
     * The cache of {@code bootJar} for {@code jdk} and these JVM flags under {@code cacheRoot}/{@code app}/: a cache
     * recorded with other flags (heap, GC, object headers) may be refused by the JVM, so the flags are part of the key.
     */
    public static AotCache of(Path cacheRoot, String app, Path bootJar, Jdk jdk, List<String> jvmFlags) {
        String key = checksum(bootJar) + "-" + Integer.toHexString(jvmFlags.hashCode())
                + "-jdk" + jdk.version().replaceAll("[^0-9A-Za-z.+-]", "_");
        return new AotCache(cacheRoot.resolve(app).resolve(key), jdk, bootJar);
    }

    public Path dir() {
        return dir;
    }

    public Kind kind() {
        return kind;
    }

    /** The extracted application jar: its manifest puts lib/*.jar on the class path. */
    public Path extractedJar() {
        return dir.resolve("app").resolve(bootJar.getFileName());
    }

    public Path cacheFile() {
        return dir.resolve("app." + kind.extension);
    }

    public Path trainingFile() {
        return dir.resolve("training." + kind.extension);
    }

    public boolean trained() {
        return Files.isRegularFile(cacheFile());
    }

    /** Use the cache when it exists, else record one in this run. */
    public List<String> jvmFlags() {
        return trained() ? List.of(kind.useFlag + cacheFile()) : List.of(kind.trainFlag + trainingFile());
    }

    /**
     * Extracts the jar in the background (once per checksum and JDK), dropping the folders of older jars or other
     * JDKs of this app; {@link #awaitExtraction} waits for it just before the app starts. Output goes to extract.log in the folder.
     */
    public synchronized void startExtraction() {
        if (extractionStarted) {
            return;
        }
        extractionStarted = true;
        CompletableFuture.runAsync(() -> {
            try {
                extract();
                extraction.complete(null);
            } catch (Exception e) {
                extraction.completeExceptionally(e);
            }
        });
    }

    public void awaitExtraction() throws Exception {
        startExtraction();
        try {
            extraction.get(EXTRACT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /** After the app's JVM has ended: a clean exit turns the training output into the cache, anything else drops it. */
    public void afterExit(int exitCode) {
        Path training = trainingFile();
        try {
            if (!trained() && CLEAN_EXITS.contains(exitCode) && Files.isRegularFile(training) && Files.size(training) > 0) {
                Files.move(training, cacheFile(), StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.deleteIfExists(training);
            }
        } catch (IOException e) {
            System.err.println("could not keep the start-up cache " + training + ": " + e.getMessage());
        }
    }

    private void extract() throws IOException, InterruptedException {
        if (Files.isRegularFile(extractedJar())) {
            return;
        }
        deleteOtherVersions();
        Path partial = dir.resolve("app.partial");
        deleteTree(partial);
        Files.createDirectories(dir);
        Path logFile = dir.resolve("extract.log");
        List<String> command = new ArrayList<>(List.of(jdk.java().toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Djarmode=tools", "-jar", bootJar.toString(), "extract", "--destination", partial.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile())).start();
        if (!process.waitFor(EXTRACT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("extracting " + bootJar + " took over " + EXTRACT_TIMEOUT_SECONDS + " s; see " + logFile);
        }
        if (process.exitValue() != 0) {
            throw new IOException("extracting " + bootJar + " failed (exit " + process.exitValue() + "); see " + logFile);
        }
        Files.move(partial, dir.resolve("app"), StandardCopyOption.ATOMIC_MOVE);
    }

    private void deleteOtherVersions() throws IOException {
        Path appDir = dir.getParent();
        if (!Files.isDirectory(appDir)) {
            return;
        }
        try (Stream<Path> versions = Files.list(appDir)) {
            for (Path version : versions.filter(path -> !path.equals(dir)).toList()) {
                deleteTree(version);
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** CRC-32C of the jar's bytes with its size: fast in any JVM mode, and enough to tell two builds apart. */
    static String checksum(Path jar) {
        CRC32C crc = new CRC32C();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(jar)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                crc.update(buffer, 0, read);
            }
            return Long.toHexString(Files.size(jar)) + "-" + Long.toHexString(crc.getValue());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jar, e);
        }
    }
}
