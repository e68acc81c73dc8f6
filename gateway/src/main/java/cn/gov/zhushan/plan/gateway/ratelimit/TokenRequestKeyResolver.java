package cn.gov.zhushan.plan.gateway.ratelimit;

import cn.gov.zhushan.plan.gateway.web.forwarded.TrustedProxies;
import java.util.List;
import java.util.Optional;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Token requests come before there is a token. An attempt that names a client (HTTP Basic or the form's
 * {@code client_id}) is limited per client id, so guessing one client's secret is slow and one noisy
 * system cannot lock the others out; an attempt that names none is limited per real caller address
 * (X-Forwarded-For only from trusted proxies), so behind an Ingress an anonymous flood no longer fills
 * the one bucket every department shares.
 */
class TokenRequestKeyResolver implements KeyResolver {

    static final String PREFIX = "token-request:";

    private final TrustedProxies proxies;

    TokenRequestKeyResolver(TrustedProxies proxies) {
        this.proxies = proxies;
    }

    @Override
    public Mono<String> resolve(ServerWebExchange exchange) {
        ServerHttpRequest request = exchange.getRequest();
        Optional<String> clientId = TokenRequestClient.fromBasic(request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION))
                .or(() -> TokenRequestClient.fromForm(request.getHeaders().getContentType(),
                        exchange.getAttribute(ServerWebExchangeUtils.CACHED_REQUEST_BODY_ATTR)));
        if (clientId.isPresent()) {
            return Mono.just(PREFIX + "client:" + clientId.get());
        }
        List<String> forwardedFor = request.getHeaders().getOrEmpty("X-Forwarded-For");
        return Mono.justOrEmpty(proxies.callerAddress(request.getRemoteAddress(), forwardedFor)
                .map(address -> PREFIX + "address:" + address.getHostAddress()));
    }
}
