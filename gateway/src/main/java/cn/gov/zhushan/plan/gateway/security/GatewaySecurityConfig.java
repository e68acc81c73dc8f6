package cn.gov.zhushan.plan.gateway.security;

import cn.gov.zhushan.plan.gateway.openapi.OpenApiProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import reactor.core.publisher.Mono;

/** Stateless bearer-token security: JWTs checked against the auth-server's JWKS, scopes per route. */
@Configuration(proxyBeanMethods = false)
class GatewaySecurityConfig {

    /** Open without a token: probes, metrics, the token endpoint and the fallback. */
    static final String[] OPEN_PATHS = {
        "/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
        "/oauth2/token", "/oauth2/jwks", "/.well-known/oauth-authorization-server", "/fallback/**"
    };

    /** Also open when plan.gateway.openapi.enabled; otherwise refused like any unknown path. */
    static final String[] DOC_PATHS = {
        "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/webjars/**"
    };

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ScopeAuthorizationManager scopes,
            SecurityProblemHandlers problems, OpenApiProperties openApi) {
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)   // no cookies, bearer tokens only
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .cors(Customizer.withDefaults())
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(OPEN_PATHS).permitAll()
                        .pathMatchers(DOC_PATHS).access((authentication, context) ->
                                Mono.just(new AuthorizationDecision(openApi.enabled())))
                        .pathMatchers("/api/**").access(scopes)
                        .anyExchange().denyAll())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .addFilterAfter(new ClientIdCaptureFilter(), SecurityWebFiltersOrder.AUTHENTICATION)
                .build();
    }
}
