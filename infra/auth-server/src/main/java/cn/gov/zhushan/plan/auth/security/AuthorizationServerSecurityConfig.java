package cn.gov.zhushan.plan.auth.security;

import cn.gov.zhushan.plan.auth.clients.AuthServerProperties;
import cn.gov.zhushan.plan.auth.login.SessionEndingAuthorizationResponseHandler;
import cn.gov.zhushan.plan.auth.staff.RoleScopedAuthorizationRequestConverter;
import cn.gov.zhushan.plan.auth.staff.RoleScopes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * Three chains: the OAuth2 protocol endpoints; the staff sign-in page (sessions, CSRF); everything else
 * (only probes and metrics are open).
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerSecurityConfig {

    @Bean
    AuthorizationServerSettings authorizationServerSettings(AuthServerProperties properties) {
        return AuthorizationServerSettings.builder().issuer(properties.issuer()).build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain protocolEndpoints(HttpSecurity http, RoleScopes roleScopes) throws Exception {
        OAuth2AuthorizationServerConfigurer authorizationServer = new OAuth2AuthorizationServerConfigurer();
        http.securityMatcher(authorizationServer.getEndpointsMatcher())
                .with(authorizationServer, server -> server.authorizationEndpoint(endpoint -> endpoint
                        .authorizationRequestConverter(new RoleScopedAuthorizationRequestConverter(roleScopes))
                        .authorizationResponseHandler(new SessionEndingAuthorizationResponseHandler())))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .csrf(csrf -> csrf.ignoringRequestMatchers(authorizationServer.getEndpointsMatcher()))
                // a browser at /oauth2/authorize without a sign-in goes to the form; machines get 401 as before
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                // the authorization endpoint reads the person's sign-in from the session; token calls create none
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain staffSignIn(HttpSecurity http) throws Exception {
        http.securityMatcher("/login", "/logout")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .formLogin(form -> form.loginPage("/login"))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain everythingElse(HttpSecurity http, ProblemDetailsAuthenticationEntryPoint entryPoint) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/actuator/prometheus", "/error").permitAll()
                        .anyRequest().denyAll())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }
}
