package cn.gov.zhushan.plan.livelihood.programs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import cn.gov.zhushan.plan.platform.test.OpenApiDocument;
import cn.gov.zhushan.plan.platform.test.PlatformIntegrationTest;

class ProgramCatalogueIT extends PlatformIntegrationTest {

    @org.springframework.beans.factory.annotation.Autowired
    OneChildProgramUpgrade upgrade;
    @org.springframework.beans.factory.annotation.Autowired
    SubsidyProgramRepository programs;

    @Test
    void aStoreSeededWithThePersonBasedOneChildProgramIsUpgradedOnce() {
        SubsidyProgram seeded = programs.findById("ONE_CHILD_REWARD").orElseThrow();
        assertThat(seeded.householdBased()).isTrue();
        assertThat(upgrade.upgrade()).as("nothing to do on a store seeded now").isFalse();
        programs.save(new SubsidyProgram("ONE_CHILD_REWARD", seeded.nameZh(), "One-child family rewards", seeded.benefitRule(),
                seeded.monthlyAmount(), seeded.periodType(), seeded.department(), "PERSON", "ANY", 60, null));
        try {
            assertThat(upgrade.upgrade()).isTrue();
            SubsidyProgram upgraded = programs.findById("ONE_CHILD_REWARD").orElseThrow();
            assertThat(upgraded.householdBased()).isTrue();
            assertThat(upgraded.residence()).isEqualTo("URBAN");
            assertThat(upgraded.minAge()).isNull();
            assertThat(upgrade.upgrade()).isFalse();
        } finally {
            programs.save(seeded);
        }
    }

    @Test
    void theSeededCatalogueIsListedToReaders() {
        ResponseEntity<String> list = api("dashboard", "livelihood:read").get().uri("/api/v1/livelihood/programs").retrieve()
                .toEntity(String.class);
        assertThat(list.getStatusCode().value()).isEqualTo(200);
        assertThat(list.getBody()).contains("DIBAO_URBAN").contains("最低生活保障").contains("\"total\":6");
        assertThat(api("dashboard", "livelihood:read").get().uri("/api/v1/livelihood/programs/NOPE").retrieve()
                .toEntity(String.class).getStatusCode().value()).isEqualTo(404);
        assertThat(anonymous().get().uri("/api/v1/livelihood/programs").retrieve().toEntity(String.class)
                .getStatusCode().value()).isEqualTo(401);
        assertThat(api("dashboard", "indicators:read").get().uri("/api/v1/livelihood/programs").retrieve()
                .toEntity(String.class).getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void healthProbesAndApiDocsAreOpen() {
        assertThat(anonymous().get().uri("/actuator/health/readiness").retrieve().toEntity(String.class)
                .getBody()).contains("UP");
        String openApi = anonymous().get().uri("/v3/api-docs").retrieve().body(String.class);
        assertThat(openApi).contains("/api/v1/livelihood/programs");
        assertThat(OpenApiDocument.problems(openApi)).as("OpenAPI validity").isEmpty();
    }

    @Test
    void personalDataOperationsDocumentTheAccountabilityHeaders() {
        String openApi = anonymous().get().uri("/v3/api-docs").retrieve().body(String.class);
        int lookup = openApi.indexOf("\"/api/v1/livelihood/persons/lookup\"");
        int pii = openApi.indexOf("\"/api/v1/livelihood/persons/{id}/pii\"");
        assertThat(lookup).isNotNegative();
        assertThat(pii).isNotNegative();
        // the header parameter appears inside both operations (the next path starts after it)
        assertThat(openApi.indexOf("\"X-Operator\"", lookup)).isPositive();
        assertThat(openApi.indexOf("\"X-Operator\"", pii)).isPositive();
        assertThat(openApi.split("\"X-Operator\"", -1).length - 1).as("operations documenting X-Operator")
                .isGreaterThanOrEqualTo(4);
    }
}
