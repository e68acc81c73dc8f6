package cn.gov.zhushan.plan.local.ready;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class GatewayRoutesTest {

    @Test
    void waitsForOneReadPerDomainService() {
        assertThat(GatewayRoutes.pathsWithout(Set.of())).containsExactly(
                "/api/v1/indicators", "/api/v1/projects", "/api/v1/livelihood/programs", "/api/v1/tourism/sites");
    }

    @Test
    void aLeftOutServiceIsNotWaitedFor() {
        assertThat(GatewayRoutes.pathsWithout(Set.of("tourism-service", "livelihood-service")))
                .containsExactly("/api/v1/indicators", "/api/v1/projects");
    }

    @Test
    void withoutGatewayOrAuthThereIsNothingToWaitFor() {
        assertThat(GatewayRoutes.pathsWithout(Set.of("gateway"))).isEmpty();
        assertThat(GatewayRoutes.pathsWithout(Set.of("auth-server"))).isEmpty();
    }

    @Test
    void describesWhatEachPathAnswered() {
        assertThat(GatewayRoutes.describe(Map.of("/api/v1/projects", 503)))
                .isEqualTo("/api/v1/projects (HTTP 503)");
        assertThat(GatewayRoutes.describe(Map.of("/api/v1/projects", -1)))
                .isEqualTo("/api/v1/projects (no token yet)");
    }
}
