package cn.gov.zhushan.plan.gateway.openapi;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param tokenUrl where Swagger UI gets client-credentials tokens; by default the auth-server's
 *                 token endpoint routed through this gateway (same origin, so no CORS needed)
 * @param enabled  whether the API documents and Swagger UI are served (openly) through the gateway; off in
 *                 the {@code k8s} profile unless configured, since they map every endpoint for a visitor
 */
@ConfigurationProperties("plan.gateway.openapi")
public record OpenApiProperties(@DefaultValue("/oauth2/token") String tokenUrl, @DefaultValue("true") boolean enabled) {
}
