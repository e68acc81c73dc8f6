package cn.gov.zhushan.plan.gateway.web;

import cn.gov.zhushan.plan.gateway.security.ClientIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * One line per request on logger {@code cn.gov.zhushan.plan.gateway.access}. Logged when the
 * response is committed, so 401s, fallbacks and error pages are logged too; latency is time to
 * the response head.
 */
@Component
class AccessLogFilter implements WebFilter, Ordered {

    private static final Logger access = LoggerFactory.getLogger("cn.gov.zhushan.plan.gateway.access");

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long started = System.nanoTime();
        exchange.getResponse().beforeCommit(() -> {
            log(exchange, started);
            return Mono.empty();
        });
        return chain.filter(exchange);
    }

    private static void log(ServerWebExchange exchange, long started) {
        if (!access.isInfoEnabled()) {
            return;
        }
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        HttpStatusCode status = exchange.getResponse().getStatusCode();
        access.info("client={} route={} method={} path={} status={} latencyMs={} requestId={}",
                valueOr(exchange.getAttribute(ClientIds.ATTRIBUTE)),
                route != null ? route.getId() : "-",
                exchange.getRequest().getMethod(),
                exchange.getRequest().getPath().value(),
                status != null ? status.value() : 200,
                (System.nanoTime() - started) / 1_000_000,
                valueOr(exchange.getAttribute(RequestIdFilter.ATTRIBUTE)));
    }

    private static Object valueOr(Object value) {
        return value != null ? value : "-";
    }
}
