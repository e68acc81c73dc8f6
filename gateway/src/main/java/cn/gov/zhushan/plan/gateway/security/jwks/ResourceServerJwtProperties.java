package cn.gov.zhushan.plan.gateway.security.jwks;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Boot's own resource-server keys, read here because the gateway builds its decoder itself. */
@ConfigurationProperties("spring.security.oauth2.resourceserver.jwt")
public record ResourceServerJwtProperties(String jwkSetUri, String issuerUri, @DefaultValue List<String> audiences) {
}
