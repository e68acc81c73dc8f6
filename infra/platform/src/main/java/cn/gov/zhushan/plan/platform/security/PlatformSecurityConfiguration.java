package cn.gov.zhushan.plan.platform.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

import cn.gov.zhushan.plan.platform.events.EventsProperties;

/**
 * Every service is a resource server and checks scopes itself, so calling it directly, bypassing the
 * gateway, gains nothing. Health probes, metrics and API documents stay open.
 */
@Configuration(proxyBeanMethods = false)
public class PlatformSecurityConfiguration {

    @Bean
    SecurityFilterChain platformSecurityFilterChain(HttpSecurity http, EventsProperties domain,
                                                    ObjectProvider<ApiAccessRules> serviceRules) throws Exception {
        String read = ApiAccessRules.scope(domain.domain() + ":read");
        String write = ApiAccessRules.scope(domain.domain() + ":write");
        ProblemDetailsAuthHandlers handlers = new ProblemDetailsAuthHandlers();
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                            "/actuator/prometheus", "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml",
                            "/swagger-ui.html", "/swagger-ui/**", "/asyncapi/**", "/error").permitAll();
                    serviceRules.orderedStream().forEach(rules -> rules.configure(auth));
                    auth.requestMatchers(HttpMethod.GET, "/api/**").hasAuthority(read)
                            .requestMatchers(HttpMethod.HEAD, "/api/**").hasAuthority(read)
                            .requestMatchers("/api/**").hasAuthority(write)
                            .anyRequest().denyAll();
                })
                .oauth2ResourceServer(oauth -> oauth.jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(handlers).accessDeniedHandler(handlers))
                .exceptionHandling(e -> e.authenticationEntryPoint(handlers).accessDeniedHandler(handlers));
        return http.build();
    }
}
