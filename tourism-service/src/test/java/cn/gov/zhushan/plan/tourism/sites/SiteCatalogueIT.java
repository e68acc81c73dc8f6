package cn.gov.zhushan.plan.tourism.sites;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import cn.gov.zhushan.plan.platform.test.OpenApiDocument;
import cn.gov.zhushan.plan.platform.test.PlatformIntegrationTest;

class SiteCatalogueIT extends PlatformIntegrationTest {

    @Test
    void theSeededCatalogueIsListedToReaders() {
        ResponseEntity<String> list = api("dashboard", "tourism:read").get().uri("/api/v1/tourism/sites").retrieve()
                .toEntity(String.class);
        assertThat(list.getStatusCode().value()).isEqualTo(200);
        assertThat(list.getBody()).contains("TAOYANGLI").contains("陶阳里").contains("\"total\":6");
        assertThat(api("dashboard", "tourism:read").get().uri("/api/v1/tourism/sites/NOPE").retrieve()
                .toEntity(String.class).getStatusCode().value()).isEqualTo(404);
        assertThat(anonymous().get().uri("/api/v1/tourism/sites").retrieve().toEntity(String.class)
                .getStatusCode().value()).isEqualTo(401);
        assertThat(api("dashboard", "indicators:read").get().uri("/api/v1/tourism/sites").retrieve()
                .toEntity(String.class).getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void healthProbesAndApiDocsAreOpen() {
        assertThat(anonymous().get().uri("/actuator/health/readiness").retrieve().toEntity(String.class)
                .getBody()).contains("UP");
        String openApi = anonymous().get().uri("/v3/api-docs").retrieve().body(String.class);
        assertThat(openApi).contains("/api/v1/tourism/sites", "/api/v1/tourism/footfall/readings");
        assertThat(OpenApiDocument.problems(openApi)).as("OpenAPI validity").isEmpty();
    }
}
