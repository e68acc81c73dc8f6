package cn.gov.zhushan.plan.gateway.ratelimit;

import java.net.InetSocketAddress;

import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Token requests come before there is a token, so they cannot be limited per client: they are limited per
 * caller address (behind a proxy the X-Forwarded-For address, see {@code server.forward-headers-strategy}),
 * which makes guessing client secrets through the gateway slow.
 */
class TokenRequestKeyResolver implements KeyResolver {

    static final String PREFIX = "token-request:";

    @Override
    public Mono<String> resolve(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return Mono.justOrEmpty(remote == null || remote.getAddress() == null ? null
                : PREFIX + remote.getAddress().getHostAddress());
    }
}
