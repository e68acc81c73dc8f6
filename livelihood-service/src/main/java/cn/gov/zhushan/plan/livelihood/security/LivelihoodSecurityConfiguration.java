package cn.gov.zhushan.plan.livelihood.security;

import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.UrlPathHelper;

import cn.gov.zhushan.plan.platform.security.ApiAccessRules;

/**
 * The service's own scope rules, checked before the platform defaults (reads {@code livelihood:read},
 * writes {@code livelihood:write}): any path with a {@code pii} segment needs {@code livelihood:pii} (the
 * gateway applies the same rule), employment writes need {@code employment:write}, and the person lookup
 * by ID number is a read although it is a POST (so the number never appears in a URL or access log).
 */
@Configuration(proxyBeanMethods = false)
class LivelihoodSecurityConfiguration {

    private static final UrlPathHelper PATHS = new UrlPathHelper();
    static final String READ = ApiAccessRules.scope("livelihood:read");
    static final String PII = ApiAccessRules.scope("livelihood:pii");
    static final String EMPLOYMENT_WRITE = ApiAccessRules.scope("employment:write");

    @Bean
    ApiAccessRules livelihoodAccessRules() {
        RequestMatcher piiSegment = LivelihoodSecurityConfiguration::hasPiiSegment;
        RequestMatcher employmentWrite = request -> path(request).startsWith("/api/v1/livelihood/employment/")
                && !HttpMethod.GET.matches(request.getMethod()) && !HttpMethod.HEAD.matches(request.getMethod());
        return rules -> rules
                .requestMatchers(piiSegment).hasAuthority(PII)
                .requestMatchers(employmentWrite).hasAuthority(EMPLOYMENT_WRITE)
                .requestMatchers(HttpMethod.POST, "/api/v1/livelihood/persons/lookup").hasAuthority(READ);
    }

    /** The decoded path, as the handler mapping will see it (so {@code %70ii} is still {@code pii}). */
    private static String path(HttpServletRequest request) {
        return PATHS.getPathWithinApplication(request);
    }

    static boolean hasPiiSegment(HttpServletRequest request) {
        String path = path(request);
        return path.startsWith("/api/") && Arrays.stream(path.split("/")).anyMatch(s -> s.equalsIgnoreCase("pii"));
    }
}
