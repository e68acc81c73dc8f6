package cn.gov.zhushan.plan.gateway.portal;

import cn.gov.zhushan.plan.gateway.problem.ProblemDetailsWriter;
import cn.gov.zhushan.plan.gateway.security.ScopeAuthorizationManager;
import java.net.URI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.client.userinfo.ReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.web.DefaultReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.server.DefaultServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.logout.DelegatingServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.RedirectServerLogoutSuccessHandler;
import org.springframework.security.web.server.authentication.logout.SecurityContextServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.WebSessionServerLogoutHandler;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.util.matcher.PathPatternParserServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.session.CookieWebSessionIdResolver;
import org.springframework.web.server.session.WebSessionIdResolver;

/**
 * The dashboard's chain (backend-for-frontend): people sign in at the auth-server by authorization code with
 * PKCE, the browser keeps only an HttpOnly SameSite=Lax session cookie, the tokens stay in the gateway's
 * session and go to the services by TokenRelay on {@code /app/api/**}. Ordered before the stateless
 * bearer-token chain, which keeps {@code /api/**} for department systems exactly as it was.
 */
@Configuration(proxyBeanMethods = false)
class PortalSecurityConfig {

    static final String REGISTRATION = "plan-portal";
    static final String SESSION_COOKIE = "ZHUSHAN_SESSION";

    /** Everything this chain answers; the rest falls through to the bearer-token chain. */
    static final String[] PATHS = {
        "/", "/index.html", "/dashboard/**", "/signed-out.html", "/favicon.ico", "/webjars/echarts/**",
        "/app/**", "/oauth2/authorization/**", "/login/oauth2/code/**", "/logout"
    };

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityWebFilterChain portalSecurityWebFilterChain(ServerHttpSecurity http, ScopeAuthorizationManager scopes,
            ReactiveClientRegistrationRepository registrations, ServerOAuth2AuthorizedClientRepository authorizedClients,
            ProblemDetailsWriter writer) {
        PortalProblemHandlers problems = new PortalProblemHandlers(writer);
        DefaultServerOAuth2AuthorizationRequestResolver pkce = new DefaultServerOAuth2AuthorizationRequestResolver(registrations);
        // the client is confidential, PKCE still binds the code to this browser's sign-in (OAuth 2.1)
        pkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        PathPatternParserServerWebExchangeMatcher data = new PathPatternParserServerWebExchangeMatcher("/app/**");
        DelegatingServerAuthenticationEntryPoint entryPoint = new DelegatingServerAuthenticationEntryPoint(
                new DelegatingServerAuthenticationEntryPoint.DelegateEntry(data, problems));
        entryPoint.setDefaultEntryPoint(new RedirectServerAuthenticationEntryPoint("/oauth2/authorization/" + REGISTRATION));
        RedirectServerLogoutSuccessHandler signedOut = new RedirectServerLogoutSuccessHandler();
        signedOut.setLogoutSuccessUrl(URI.create("/signed-out.html"));
        CookieServerCsrfTokenRepository csrfCookie = CookieServerCsrfTokenRepository.withHttpOnlyFalse();
        csrfCookie.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return http
                .securityMatcher(ServerWebExchangeMatchers.pathMatchers(PATHS))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/dashboard/**", "/signed-out.html", "/favicon.ico", "/webjars/echarts/**").permitAll()
                        .pathMatchers("/app/api/**").access(scopes)
                        .pathMatchers("/app/**").denyAll()
                        .anyExchange().authenticated())
                .oauth2Login(login -> login
                        .authorizationRequestResolver(pkce)
                        .authorizedClientRepository(authorizedClients)
                        .authenticationFailureHandler(problems))
                // the page's script reads the XSRF-TOKEN cookie and sends it back as X-XSRF-TOKEN; the plain
                // handler (not the XOR one) because the header carries the cookie's value as it is
                .csrf(csrf -> csrf
                        .csrfTokenRepository(csrfCookie)
                        .csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
                        .accessDeniedHandler(problems))
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .logoutHandler(new DelegatingServerLogoutHandler(
                                new SecurityContextServerLogoutHandler(), new WebSessionServerLogoutHandler()))
                        .logoutSuccessHandler(signedOut))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint).accessDeniedHandler(problems))
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .addFilterAfter(new CsrfCookieFilter(), SecurityWebFiltersOrder.CSRF)
                .addFilterAfter(new PortalUserCaptureFilter(), SecurityWebFiltersOrder.AUTHENTICATION)
                .build();
    }

    @Bean
    ReactiveOAuth2UserService<OAuth2UserRequest, OAuth2User> portalUserService(ReactiveJwtDecoder jwtDecoder) {
        return new PortalUserService(jwtDecoder);
    }

    /** Tokens live in the person's session: signing out (the session's end) drops them. */
    @Bean
    ServerOAuth2AuthorizedClientRepository authorizedClientRepository() {
        return new WebSessionServerOAuth2AuthorizedClientRepository();
    }

    /** What TokenRelay asks for the person's access token; renews it by refresh token when it has expired. */
    @Bean
    ReactiveOAuth2AuthorizedClientManager authorizedClientManager(ReactiveClientRegistrationRepository registrations,
            ServerOAuth2AuthorizedClientRepository authorizedClients) {
        DefaultReactiveOAuth2AuthorizedClientManager manager =
                new DefaultReactiveOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(ReactiveOAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode().refreshToken().build());
        return manager;
    }

    /** HttpOnly (the script never sees it), SameSite=Lax (sent on the auth-server's redirect back, not on cross-site posts). */
    @Bean
    WebSessionIdResolver webSessionIdResolver() {
        CookieWebSessionIdResolver resolver = new CookieWebSessionIdResolver();
        resolver.setCookieName(SESSION_COOKIE);
        resolver.addCookieInitializer(cookie -> cookie.httpOnly(true).sameSite("Lax").path("/"));
        return resolver;
    }
}
