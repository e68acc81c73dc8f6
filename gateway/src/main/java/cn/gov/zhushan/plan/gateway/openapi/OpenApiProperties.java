package cn.gov.zhushan.plan.gateway.openapi;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param tokenUrl where Swagger UI gets client-credentials tokens; by default the auth-server's
 *                 token endpoint routed through this gateway (same origin, so no CORS needed)
 */
@ConfigurationProperties("plan.gateway.openapi")
public record OpenApiProperties(@DefaultValue("/oauth2/token") String tokenUrl) {
}
