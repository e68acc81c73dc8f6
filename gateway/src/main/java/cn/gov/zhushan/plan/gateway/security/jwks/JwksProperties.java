package cn.gov.zhushan.plan.gateway.security.jwks;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param minRefetchInterval at most one JWKS request per interval for tokens naming an unknown key
 * @param maxAge             the key set is refetched when older than this (picks up rotations)
 * @param timeout            one JWKS request
 */
@ConfigurationProperties("plan.gateway.jwks")
public record JwksProperties(
        @DefaultValue("30s") Duration minRefetchInterval,
        @DefaultValue("5m") Duration maxAge,
        @DefaultValue("5s") Duration timeout) {
}
