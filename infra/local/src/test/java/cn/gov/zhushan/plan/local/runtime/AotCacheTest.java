package cn.gov.zhushan.plan.local.runtime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AotCacheTest {

    @TempDir
    Path dir;

    private final Jdk jdk25 = new Jdk(Path.of("/jdk25"), "25.0.3");
    private final Jdk jdk17 = new Jdk(Path.of("/jdk17"), "17.0.15");
    private static final List<String> FLAGS = List.of("-XX:+UseSerialGC", "-Xmx256m");

    @Test
    void aRebuiltJarAnotherJdkOrOtherFlagsGetTheirOwnCacheFolder() throws IOException {
        Path jar = Files.writeString(dir.resolve("app.jar"), "build 1");
        Path cacheRoot = dir.resolve("aot");

        AotCache first = AotCache.of(cacheRoot, "gateway", jar, jdk25, FLAGS);
        AotCache sameAgain = AotCache.of(cacheRoot, "gateway", jar, jdk25, FLAGS);
        AotCache otherJdk = AotCache.of(cacheRoot, "gateway", jar, jdk17, FLAGS);
        Files.writeString(jar, "build 2");
        AotCache rebuilt = AotCache.of(cacheRoot, "gateway", jar, jdk25, FLAGS);
        AotCache otherFlags = AotCache.of(cacheRoot, "gateway", jar, jdk25, List.of("-XX:+UseSerialGC", "-Xmx512m"));

        assertThat(sameAgain.dir()).isEqualTo(first.dir());
        assertThat(otherJdk.dir()).isNotEqualTo(first.dir());
        assertThat(rebuilt.dir()).isNotEqualTo(first.dir());
        assertThat(otherFlags.dir()).isNotEqualTo(rebuilt.dir());
        assertThat(rebuilt.dir().getParent()).isEqualTo(cacheRoot.resolve("gateway"));
        assertThat(first.dir().getFileName().toString()).endsWith("-jdk25.0.3");
    }

    @Test
    void jdk25TrainsAnAotCacheAndJdk17AnAppCdsArchive() throws IOException {
        Path jar = Files.writeString(dir.resolve("app.jar"), "jar");

        AotCache on25 = AotCache.of(dir, "auth-server", jar, jdk25, FLAGS);
        AotCache on17 = AotCache.of(dir, "auth-server", jar, jdk17, FLAGS);

        assertThat(on25.jvmFlags()).containsExactly("-XX:AOTCacheOutput=" + on25.dir().resolve("training.aot"));
        assertThat(on17.jvmFlags()).containsExactly("-XX:ArchiveClassesAtExit=" + on17.dir().resolve("training.jsa"));
        assertThat(on25.extractedJar()).isEqualTo(on25.dir().resolve("app/app.jar"));
    }

    @Test
    void aCleanExitTurnsTheTrainingOutputIntoTheCacheWhichLaterStartsUse() throws IOException {
        AotCache cache = AotCache.of(dir, "gateway", Files.writeString(dir.resolve("app.jar"), "jar"), jdk25, FLAGS);
        Files.createDirectories(cache.dir());
        Files.writeString(cache.trainingFile(), "cache bytes");

        cache.afterExit(143);

        assertThat(cache.trained()).isTrue();
        assertThat(cache.trainingFile()).doesNotExist();
        assertThat(cache.jvmFlags()).containsExactly("-XX:AOTCache=" + cache.cacheFile());
    }

    @Test
    void aKilledOrFailedTrainingRunLeavesNoCache() throws IOException {
        AotCache cache = AotCache.of(dir, "gateway", Files.writeString(dir.resolve("app.jar"), "jar"), jdk17, FLAGS);
        Files.createDirectories(cache.dir());

        for (int exitCode : new int[] {137, 1}) {
            Files.writeString(cache.trainingFile(), "maybe truncated");
            cache.afterExit(exitCode);
            assertThat(cache.trained()).as("exit %d", exitCode).isFalse();
            assertThat(cache.trainingFile()).doesNotExist();
        }
        Files.createFile(cache.trainingFile());
        cache.afterExit(0);
        assertThat(cache.trained()).as("an empty file is no cache").isFalse();
    }
}
