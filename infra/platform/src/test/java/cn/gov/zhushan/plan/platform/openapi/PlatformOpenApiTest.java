package cn.gov.zhushan.plan.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.junit.jupiter.api.Test;

class PlatformOpenApiTest {

    @Test
    void everyOperationGetsASummaryTheProblemResponseAndTheOauth2Scheme() {
        OpenAPI openApi = new OpenAPI().paths(new Paths().addPathItem("/api/v1/projects/{code}/progress/{month}",
                new PathItem().put(new Operation().operationId("reportProgress_1").responses(new ApiResponses()))));
        PlatformOpenApi.customizer("project-service", "projects", "/oauth2/token").customise(openApi);

        Operation put = openApi.getPaths().get("/api/v1/projects/{code}/progress/{month}").getPut();
        assertThat(put.getSummary()).isEqualTo("Report progress");
        assertThat(put.getResponses().get("4XX").getContent().get("application/problem+json")).isNotNull();
        assertThat(openApi.getComponents().getSchemas()).containsKey("Problem");
        assertThat(openApi.getComponents().getSecuritySchemes().get("oauth2").getFlows().getClientCredentials()
                .getScopes()).containsKeys("projects:read", "projects:write");
        assertThat(openApi.getServers().get(0).getUrl()).isEqualTo("/");
    }
}
