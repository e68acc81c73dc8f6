package cn.gov.zhushan.plan.indicator.registry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import cn.gov.zhushan.plan.platform.security.ApiAccessRules;

/** Editing the catalogue changes what every figure means: it needs {@code indicators:admin}, not the write scope. */
@Configuration(proxyBeanMethods = false)
class IndicatorAccessRules {

    @Bean
    ApiAccessRules catalogueAdministration() {
        return rules -> rules.requestMatchers(HttpMethod.PUT, "/api/v1/indicators/catalogue/**")
                .hasAuthority(ApiAccessRules.scope("indicators:admin"));
    }
}
