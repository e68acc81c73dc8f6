package cn.gov.zhushan.plan.gateway.problem;

import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gateway filters such as RequestRateLimiter (429) and RequestSize (413) end the exchange with a
 * status and no body. This gives such responses a Problem Details body; responses with a body
 * (including every proxied one) pass untouched.
 */
@Component
class EmptyErrorBodyFilter implements WebFilter, Ordered {

    private final ProblemDetailsWriter writer;

    EmptyErrorBodyFilter(ProblemDetailsWriter writer) {
        this.writer = writer;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 20;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpResponseDecorator response = new ServerHttpResponseDecorator(exchange.getResponse()) {
            @Override
            public Mono<Void> setComplete() {
                HttpStatusCode status = getStatusCode();
                if (status != null && status.isError() && !isCommitted()) {
                    return writer.write(exchange, getDelegate(), status, detail(status.value()), Map.of());
                }
                return super.setComplete();
            }
        };
        return chain.filter(exchange.mutate().response(response).build());
    }

    private static String detail(int status) {
        return switch (status) {
            case 429 -> "Rate limit exceeded for this client; retry after the time given in Retry-After.";
            case 413 -> "The request body is larger than this API accepts.";
            case 403 -> "The request is not allowed.";
            default -> "The request could not be completed.";
        };
    }
}
