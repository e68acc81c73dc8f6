package cn.gov.zhushan.plan.gateway.portal;

import cn.gov.zhushan.plan.gateway.security.ClientIds;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/** Rate limit and access log key for people: {@code <sign-in client>/<user>}, so each person has their own bucket. */
final class PortalUserCaptureFilter implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(OAuth2AuthenticationToken.class::isInstance)
                .map(auth -> ((OAuth2AuthenticationToken) auth).getAuthorizedClientRegistrationId() + "/" + auth.getName())
                .doOnNext(key -> exchange.getAttributes().put(ClientIds.ATTRIBUTE, key))
                .then(chain.filter(exchange));
    }
}
