package cn.gov.zhushan.plan.local.runtime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class JdkSelectionTest {

    @TempDir
    Path jvms;

    private final Jdk current = new Jdk(Path.of("/launcher/jdk"), "17.0.15");

    @Test
    void theNewestInstalledJdkWinsWhenJavaHomeIsUnset() throws IOException {
        fakeJdk("java-17-openjdk-amd64", "17.0.15");
        fakeJdk("temurin-25-jdk-amd64", "25.0.3");
        fakeJdk("temurin-21-jdk-amd64", "21.0.8");
        fakeJdk("zulu-25-older", "25.0.1");
        fakeJdk("jdk-11", "11.0.2");

        JdkSelection.Choice choice = JdkSelection.select(Map.of(), List.of(jvms), current);

        assertThat(choice.jdk().home()).isEqualTo(jvms.resolve("temurin-25-jdk-amd64"));
        assertThat(choice.jdk().feature()).isEqualTo(25);
        assertThat(choice.reason()).isEqualTo("newest installed");
        assertThat(choice.describe()).contains("JDK 25.0.3");
    }

    @Test
    void javaHomeComesFirstEvenWhenANewerJdkIsInstalled() throws IOException {
        Path jdk17 = fakeJdk("java-17-openjdk-amd64", "17.0.15");
        fakeJdk("temurin-25-jdk-amd64", "25.0.3");

        JdkSelection.Choice choice = JdkSelection.select(Map.of("JAVA_HOME", jdk17.toString()), List.of(jvms), current);

        assertThat(choice.jdk().home()).isEqualTo(jdk17);
        assertThat(choice.reason()).isEqualTo("JAVA_HOME");
    }

    @Test
    void aJavaHomeOlderThan17OrWithoutReleaseFileFallsBackToTheScan() throws IOException {
        Path jdk11 = fakeJdk("jdk-11", "11.0.2");
        Path noRelease = Files.createDirectories(jvms.resolve("broken/bin"));
        Files.createFile(noRelease.resolve("java"));
        fakeJdk("temurin-21", "21.0.8");

        assertThat(JdkSelection.select(Map.of("JAVA_HOME", jdk11.toString()), List.of(jvms), current).jdk().feature())
                .isEqualTo(21);
        assertThat(JdkSelection.select(Map.of("JAVA_HOME", jvms.resolve("broken").toString()), List.of(jvms), current)
                .jdk().feature()).isEqualTo(21);
    }

    @Test
    void withNothingNewerInstalledTheLaunchersOwnJvmRunsTheApps() throws IOException {
        fakeJdk("jdk-11", "11.0.2");
        fakeJdk("jdk1.8.0_402", "1.8.0_402");

        JdkSelection.Choice choice = JdkSelection.select(Map.of(), List.of(jvms, jvms.resolve("missing")), current);

        assertThat(choice.jdk()).isEqualTo(current);
        assertThat(choice.reason()).isEqualTo("the launcher's own JVM");
    }

    @Test
    void macOsBundlesAndSymlinkedDuplicatesAreFoundOnce() throws IOException {
        Path bundle = Files.createDirectories(jvms.resolve("temurin-25.jdk/Contents/Home"));
        writeJdk(bundle, "25.0.3");
        Files.createSymbolicLink(jvms.resolve("current"), bundle);

        List<Jdk> installed = JdkSelection.installed(List.of(jvms));

        assertThat(installed).hasSize(1);
        assertThat(installed.get(0).version()).isEqualTo("25.0.3");
    }

    @Test
    void versionsCompareNumerically() {
        assertThat(new Jdk(Path.of("a"), "17.0.15").compareTo(new Jdk(Path.of("b"), "17.0.9"))).isPositive();
        assertThat(new Jdk(Path.of("a"), "25").compareTo(new Jdk(Path.of("b"), "21.0.8"))).isPositive();
        assertThat(new Jdk(Path.of("a"), "1.8.0_402").feature()).isEqualTo(8);
        assertThat(new Jdk(Path.of("a"), "26-ea").feature()).isEqualTo(26);
    }

    private Path fakeJdk(String name, String version) throws IOException {
        return writeJdk(Files.createDirectories(jvms.resolve(name)), version);
    }

    private static Path writeJdk(Path home, String version) throws IOException {
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("bin/java"), "#!/bin/sh\n");
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version
                + "\"\nJAVA_VERSION_DATE=\"2026-04-21\"\n");
        return home;
    }
}
