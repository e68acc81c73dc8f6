package cn.gov.zhushan.plan.gateway.web;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Browser origins allowed to call the APIs (e.g. the dashboard). Empty: no CORS headers at all.
 *
 * @param allowedOrigins exact origins, e.g. {@code https://dashboard.plan.zhushan.gov.cn}
 * @param maxAge         how long a browser may cache a preflight answer
 */
@ConfigurationProperties("plan.gateway.cors")
public record CorsProperties(@DefaultValue List<String> allowedOrigins, @DefaultValue("1h") Duration maxAge) {
}
