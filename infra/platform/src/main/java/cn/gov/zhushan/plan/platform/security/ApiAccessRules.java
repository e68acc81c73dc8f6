package cn.gov.zhushan.plan.platform.security;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's own scope rules (e.g. personal data needs {@code livelihood:pii}), applied before the
 * platform's defaults: reads need {@code <domain>:read}, every other method {@code <domain>:write}.
 */
@FunctionalInterface
public interface ApiAccessRules {

    void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules);

    static String scope(String scope) {
        return "SCOPE_" + scope;
    }
}
