package cn.gov.zhushan.plan.gateway.problem;

import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpResponse;
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
                return writeProblemIfEmptyError(exchange, getDelegate()).then(Mono.defer(super::setComplete));
            }
        };
        // some handlers (e.g. Spring Security's firewall) only set a status and let the server complete
        return chain.filter(exchange.mutate().response(response).build())
                .then(Mono.defer(() -> writeProblemIfEmptyError(exchange, exchange.getResponse())));
    }

    private Mono<Void> writeProblemIfEmptyError(ServerWebExchange exchange, ServerHttpResponse response) {
        HttpStatusCode status = response.getStatusCode();
        if (status == null || !status.isError() || response.isCommitted()) {
            return Mono.empty();
        }
        if (status.value() == 413) {
            // the unread body is still on the wire: the connection cannot be reused
            response.getHeaders().set(HttpHeaders.CONNECTION, "close");
        }
        return writer.write(exchange, response, status, detail(status.value()), Map.of());
    }

    private static String detail(int status) {
        return switch (status) {
            case 429 -> "Rate limit exceeded for this client; retry after the time given in Retry-After.";
            case 413 -> "The request body is larger than this API accepts.";
            case 403 -> "The request is not allowed.";
            case 400 -> "The request is malformed or was rejected.";
            default -> "The request could not be completed.";
        };
    }
}
