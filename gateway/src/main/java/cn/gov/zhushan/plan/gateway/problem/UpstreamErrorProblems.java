package cn.gov.zhushan.plan.gateway.problem;

import java.util.Map;
import org.reactivestreams.Publisher;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.NettyWriteResponseFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A service's error that is not Problem Details (Tomcat's HTML error page for a character it refuses, Boot's
 * JSON error body, an empty 404) is replaced by Problem Details with the same status, so every error that
 * leaves the gateway has one shape and no upstream banner. The auth-server's token errors stay as they are:
 * RFC 6749 prescribes their JSON shape and OAuth2 clients parse it.
 */
@Component
class UpstreamErrorProblems implements GlobalFilter, Ordered {

    private final ProblemDetailsWriter writer;

    UpstreamErrorProblems(ProblemDetailsWriter writer) {
        this.writer = writer;
    }

    @Override
    public int getOrder() {
        // wraps the response NettyWriteResponseFilter writes the upstream body to
        return NettyWriteResponseFilter.WRITE_RESPONSE_FILTER_ORDER - 1;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        ServerHttpResponse original = exchange.getResponse();
        ServerHttpResponseDecorator response = new ServerHttpResponseDecorator(original) {
            @Override
            public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
                getDelegate().getHeaders().remove(HttpHeaders.SERVER);
                if (!needsRewrite(exchange, getDelegate())) {
                    return super.writeWith(body);
                }
                return Flux.from(body).doOnNext(DataBufferUtils::release).then(Mono.defer(() -> rewrite(exchange)));
            }

            @Override
            public Mono<Void> writeAndFlushWith(Publisher<? extends Publisher<? extends DataBuffer>> body) {
                return writeWith(Flux.from(body).flatMapSequential(part -> part));
            }
        };
        return chain.filter(exchange.mutate().response(response).build());
    }

    private Mono<Void> rewrite(ServerWebExchange exchange) {
        ServerHttpResponse response = exchange.getResponse();
        HttpStatusCode status = response.getStatusCode();
        HttpHeaders headers = response.getHeaders();
        for (String header : new String[] {HttpHeaders.CONTENT_LENGTH, HttpHeaders.TRANSFER_ENCODING,
                HttpHeaders.CONTENT_ENCODING, HttpHeaders.CONTENT_LANGUAGE, HttpHeaders.CONTENT_DISPOSITION,
                HttpHeaders.ETAG, HttpHeaders.LAST_MODIFIED}) {
            headers.remove(header);
        }
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        String detail = status.is5xxServerError() ? "The service could not complete the request."
                : "The service did not accept the request.";
        return writer.write(exchange, response, status, detail,
                route != null ? Map.of("service", route.getId()) : Map.of());
    }

    private static boolean needsRewrite(ServerWebExchange exchange, ServerHttpResponse response) {
        HttpStatusCode status = response.getStatusCode();
        if (status == null || !status.isError() || HttpMethod.HEAD.equals(exchange.getRequest().getMethod())) {
            return false;
        }
        MediaType type = response.getHeaders().getContentType();
        if (type != null && MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(type)) {
            return false;
        }
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        boolean oauth = route != null && route.getId().startsWith("auth-");
        return !(oauth && type != null && MediaType.APPLICATION_JSON.isCompatibleWith(type));
    }
}
