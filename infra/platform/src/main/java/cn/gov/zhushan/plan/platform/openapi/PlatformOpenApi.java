package cn.gov.zhushan.plan.platform.openapi;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
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
                            + "amounts are in yuan (CNY) unless a field says otherwise.")
                    .license(new License().name("Apache-2.0")
                            .url("https://www.apache.org/licenses/LICENSE-2.0")));
            Scopes scopes = new Scopes()
                    .addString(domain + ":read", "read " + domain)
                    .addString(domain + ":write", "write " + domain);
            Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            openApi.components(components.addSecuritySchemes("oauth2", new SecurityScheme()
                    .type(SecurityScheme.Type.OAUTH2)
                    .flows(new OAuthFlows().clientCredentials(new OAuthFlow().tokenUrl(tokenUrl).scopes(scopes)))));
            openApi.security(List.of(new SecurityRequirement().addList("oauth2")));
            openApi.servers(List.of(new Server().url("/").description("through the gateway, or the service itself")));
            components.addSchemas("Problem", problemSchema());
            if (openApi.getPaths() != null) {
                openApi.getPaths().values().forEach(path -> path.readOperations().forEach(PlatformOpenApi::complete));
            }
        };
    }

    /** Every operation answers errors as Problem Details, and has a summary even where none was written. */
    private static void complete(Operation operation) {
        if (operation.getSummary() == null && operation.getOperationId() != null) {
            operation.setSummary(humanize(operation.getOperationId()));
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        responses.addApiResponse("4XX", new ApiResponse()
                .description("Problem Details (RFC 9457): invalid input (400, with errors[]), 401, 403, 404, 409, 413, 415, 422")
                .content(new Content().addMediaType("application/problem+json",
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")))));
        operation.setResponses(responses);
    }

    /** {@code reportProgress_1} → {@code Report progress}. */
    static String humanize(String operationId) {
        String words = operationId.replaceAll("_\\d+$", "").replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema problemSchema() {
        Schema fieldError = new ObjectSchema()
                .addProperty("field", new StringSchema())
                .addProperty("message", new StringSchema());
        return new ObjectSchema()
                .description("RFC 9457 Problem Details")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("errors", new ArraySchema().items(fieldError));
    }
}
