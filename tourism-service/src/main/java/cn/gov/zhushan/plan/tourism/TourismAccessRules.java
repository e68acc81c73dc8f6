package cn.gov.zhushan.plan.tourism;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import cn.gov.zhushan.plan.platform.security.ApiAccessRules;

/** Counter gateways and ticketing systems ingest with {@code tourism:ingest}; they need no other write right. */
@Configuration(proxyBeanMethods = false)
class TourismAccessRules {

    @Bean
    ApiAccessRules footfallIngestRules() {
        return rules -> rules.requestMatchers(HttpMethod.POST, "/api/v1/tourism/footfall/**")
                .hasAuthority(ApiAccessRules.scope("tourism:ingest"));
    }
}
