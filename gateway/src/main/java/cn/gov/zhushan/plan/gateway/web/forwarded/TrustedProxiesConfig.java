package cn.gov.zhushan.plan.gateway.web.forwarded;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TrustedProxiesConfig {

    @Bean
    TrustedProxies trustedProxies(TrustedProxiesProperties properties) {
        return new TrustedProxies(properties.trustedProxies());
    }
}
