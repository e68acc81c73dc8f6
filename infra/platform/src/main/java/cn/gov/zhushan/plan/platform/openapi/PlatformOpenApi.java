package cn.gov.zhushan.plan.platform.openapi;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Every service's OpenAPI document in the same shape: a title, the OAuth2 client-credentials scheme with
 * the auth-server's token endpoint (as the gateway exposes it) and the service's scopes, and a relative
 * server so that "Try it out" in the gateway's Swagger UI goes through the gateway.
 */
public final class PlatformOpenApi {

    private PlatformOpenApi() {
    }

    public static OpenApiCustomizer customizer(String applicationName, String domain, String tokenUrl) {
        return openApi -> {
            openApi.info(new Info().title(applicationName + " API").version("v1")
                    .description("Zhushan Plan Platform: " + domain + ". Errors are RFC 9457 Problem Details; "
                            + "amounts are in yuan (CNY) unless a field says otherwise."));
            Scopes scopes = new Scopes()
                    .addString(domain + ":read", "read " + domain)
                    .addString(domain + ":write", "write " + domain);
            Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            openApi.components(components.addSecuritySchemes("oauth2", new SecurityScheme()
                    .type(SecurityScheme.Type.OAUTH2)
                    .flows(new OAuthFlows().clientCredentials(new OAuthFlow().tokenUrl(tokenUrl).scopes(scopes)))));
            openApi.security(List.of(new SecurityRequirement().addList("oauth2")));
            openApi.servers(List.of(new Server().url("/").description("through the gateway, or the service itself")));
        };
    }
}
