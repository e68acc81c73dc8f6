package cn.gov.zhushan.plan.gateway.ratelimit;

import cn.gov.zhushan.plan.gateway.security.ClientIds;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Rate-limit key = the JWT's client id; no key (anonymous) is refused by the filter's deny-empty-key. */
class ClientIdKeyResolver implements KeyResolver {

    @Override
    public Mono<String> resolve(ServerWebExchange exchange) {
        return Mono.justOrEmpty(exchange.<String>getAttribute(ClientIds.ATTRIBUTE));
    }
}
