package cn.gov.zhushan.plan.gateway.web;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * CORS is answered by Spring Security's CORS filter (before authentication, so preflights need no
 * token) from this source; downstream services' own CORS headers are de-duplicated by the routes.
 */
@Configuration(proxyBeanMethods = false)
class CorsConfig {

    @Bean
    CorsConfigurationSource corsConfigurationSource(CorsProperties properties) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (properties.allowedOrigins().isEmpty()) {
            return source;
        }
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(properties.allowedOrigins());
        cors.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "Idempotency-Key", RequestIdFilter.HEADER));
        cors.setExposedHeaders(List.of(RequestIdFilter.HEADER, "Retry-After", "X-RateLimit-Remaining",
                "X-RateLimit-Replenish-Rate", "X-RateLimit-Burst-Capacity", "Location", "ETag"));
        cors.setAllowCredentials(false);   // bearer tokens, no cookies
        cors.setMaxAge(properties.maxAge());
        source.registerCorsConfiguration("/**", cors);
        return source;
    }
}
