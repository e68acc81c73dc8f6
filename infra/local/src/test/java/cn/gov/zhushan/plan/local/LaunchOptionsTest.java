package cn.gov.zhushan.plan.local;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LaunchOptionsTest {

    @Test
    void startIsTheDefault() {
        LaunchOptions options = LaunchOptions.parse(List.of());

        assertThat(options.command()).isEqualTo("start");
        assertThat(options.measure()).isFalse();
        assertThat(options.without()).isEmpty();
        assertThat(options.root()).isEqualTo(Path.of("."));
    }

    @Test
    void readsEveryOption() {
        LaunchOptions options = LaunchOptions.parse(
                List.of("start", "--measure", "--without", "tourism-service, livelihood-service", "--root", "/repo"));

        assertThat(options.measure()).isTrue();
        assertThat(options.without()).isEqualTo(Set.of("tourism-service", "livelihood-service"));
        assertThat(options.root()).isEqualTo(Path.of("/repo"));
        assertThat(LaunchOptions.parse(List.of("stop")).command()).isEqualTo("stop");
    }

    @Test
    void rejectsUnknownArguments() {
        assertThatIllegalArgumentException().isThrownBy(() -> LaunchOptions.parse(List.of("--fast")))
                .withMessageContaining("--fast");
    }
}
