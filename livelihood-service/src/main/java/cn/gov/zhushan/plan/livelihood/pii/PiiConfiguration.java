package cn.gov.zhushan.plan.livelihood.pii;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({PiiProperties.class, LookupLimitProperties.class, ReencryptionProperties.class})
class PiiConfiguration {

    /** Spring Security's chain runs at -100: these run after it (scope first) and before MVC reads any body. */
    private static final int AFTER_SECURITY = -90;

    @Bean
    PiiCipher piiCipher(PiiProperties properties) {
        return new PiiCipher(properties);
    }

    @Bean
    FilterRegistrationBean<AccountabilityFilter> accountabilityFilter() {
        FilterRegistrationBean<AccountabilityFilter> registration = new FilterRegistrationBean<>(new AccountabilityFilter());
        registration.setOrder(AFTER_SECURITY);
        return registration;
    }

    @Bean
    FilterRegistrationBean<LookupRateLimitFilter> lookupRateLimitFilter(LookupLimitProperties limits, Clock clock) {
        LookupRateLimiter limiter = new LookupRateLimiter(limits.capacity(), limits.refillPeriod(), limits.maxClients(), clock);
        FilterRegistrationBean<LookupRateLimitFilter> registration =
                new FilterRegistrationBean<>(new LookupRateLimitFilter(limiter));
        registration.setOrder(AFTER_SECURITY + 1);
        return registration;
    }
}
