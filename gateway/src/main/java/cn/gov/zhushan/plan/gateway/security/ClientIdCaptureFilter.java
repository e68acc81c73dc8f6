package cn.gov.zhushan.plan.gateway.security;

import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Runs inside the security chain right after authentication and records the client id, so the
 * rate limiter and the access log see it even when authorisation then refuses the request.
 */
class ClientIdCaptureFilter implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(auth -> ClientIds.of(((JwtAuthenticationToken) auth).getToken()))
                .doOnNext(clientId -> exchange.getAttributes().put(ClientIds.ATTRIBUTE, clientId))
                .then(chain.filter(exchange));
    }
}
