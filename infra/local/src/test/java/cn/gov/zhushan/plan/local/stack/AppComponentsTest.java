package cn.gov.zhushan.plan.local.stack;

import cn.gov.zhushan.plan.local.Layout;
import cn.gov.zhushan.plan.local.ready.HttpProbe;
import cn.gov.zhushan.plan.local.runtime.AppRuntime;
import cn.gov.zhushan.plan.local.runtime.Jdk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AppComponentsTest {

    @TempDir
    Path root;

    @Test
    void withTheCacheOnTheAppRunsFromItsExtractedJarAndRecordsTheCacheOnItsFirstStart() throws IOException {
        Layout layout = Layout.of(root);
        Path jar = layout.bootJar("gateway", "gateway");
        Files.createDirectories(jar.getParent());
        Files.writeString(jar, "a boot jar");
        Jdk jdk25 = new Jdk(Path.of("/jdks/25"), "25.0.3");

        Component gateway = AppComponents.app(layout, AppRuntime.of(jdk25, layout.aotCacheDir(), Map.of()),
                AppSpec.GATEWAY, Map.of(), new HttpProbe());

        assertThat(gateway.command().get(0)).isEqualTo("/jdks/25/bin/java");
        assertThat(gateway.command()).contains("-XX:+UseCompactObjectHeaders")
                .anyMatch(arg -> arg.startsWith("-XX:AOTCacheOutput=" + layout.aotCacheDir().resolve("gateway")))
                .anyMatch(arg -> arg.startsWith(layout.aotCacheDir().toString()) && arg.endsWith("/app/gateway-0.1.0-SNAPSHOT.jar"))
                .doesNotContain(jar.toString());
        assertThat(gateway.shutdown().graceSeconds()).isGreaterThan(Shutdown.PLAIN.graceSeconds());
    }

    @Test
    void withTheCacheOffOrOnTheSystemTestsOverloadTheBootJarRunsAsBefore() throws IOException {
        Layout layout = Layout.of(root);
        Path jar = layout.bootJar("gateway", "gateway");
        Files.createDirectories(jar.getParent());
        Files.writeString(jar, "a boot jar");
        Jdk jdk17 = new Jdk(Path.of("/jdks/17"), "17.0.15");

        Component off = AppComponents.app(layout, AppRuntime.of(jdk17, layout.aotCacheDir(),
                Map.of(AppRuntime.CACHE_ENV, "off")), AppSpec.GATEWAY, Map.of(), new HttpProbe());
        Component systemTests = AppComponents.app(layout, "java", AppSpec.GATEWAY, Map.of(), new HttpProbe());

        for (Component component : new Component[] {off, systemTests}) {
            assertThat(component.command()).contains("-jar", jar.toString())
                    .noneMatch(arg -> arg.startsWith("-XX:AOTCache") || arg.startsWith("-XX:ArchiveClassesAtExit"));
            assertThat(component.shutdown()).isEqualTo(Shutdown.PLAIN);
        }
        assertThat(off.command()).doesNotContain("-XX:+UseCompactObjectHeaders");
    }
}
