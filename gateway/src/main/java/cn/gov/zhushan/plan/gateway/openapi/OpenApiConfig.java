package cn.gov.zhushan.plan.gateway.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The gateway's own document: it declares the platform's client-credentials scheme, so Swagger UI's
 * Authorize dialog points at the auth-server token endpoint. The services' documents are listed
 * next to it (springdoc.swagger-ui.urls) and fetched through the gateway routes.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    static final String SCHEME = "client-credentials";

    @Bean
    OpenAPI gatewayOpenApi(OpenApiProperties properties) {
        Scopes scopes = new Scopes();
        for (String scope : new String[] {"indicators:read", "indicators:write", "projects:read", "projects:write",
                "livelihood:read", "livelihood:write", "livelihood:pii", "employment:write",
                "tourism:read", "tourism:write", "tourism:ingest"}) {
            scopes.addString(scope, scope);
        }
        SecurityScheme clientCredentials = new SecurityScheme()
                .type(SecurityScheme.Type.OAUTH2)
                .description("Department client credentials issued by the platform's auth-server")
                .flows(new OAuthFlows().clientCredentials(new OAuthFlow()
                        .tokenUrl(properties.tokenUrl())
                        .scopes(scopes)));
        return new OpenAPI()
                .info(new Info().title("Zhushan Plan Platform gateway")
                        .description("Entry point for the indicator, project, livelihood and tourism APIs")
                        .version("v1"))
                .components(new Components().addSecuritySchemes(SCHEME, clientCredentials))
                .addSecurityItem(new SecurityRequirement().addList(SCHEME));
    }
}
