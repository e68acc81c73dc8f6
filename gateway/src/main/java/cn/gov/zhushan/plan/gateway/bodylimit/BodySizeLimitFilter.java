package cn.gov.zhushan.plan.gateway.bodylimit;

import cn.gov.zhushan.plan.gateway.problem.ProblemDetailsWriter;
import java.util.Map;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The body limit of every route, by bytes: the route's {@code max-body-size} metadata (footfall batches 12MB,
 * token requests 16KB), else {@code plan.gateway.max-body-size} (1MB). A declared Content-Length above it is
 * refused at once; a chunked body (no Content-Length, so the RequestSize filter never saw it) is read ahead up
 * to the limit and refused as soon as it passes it, else forwarded with its now known length.
 * Runs before the route filters, so nothing (e.g. CacheRequestBody) buffers an unlimited body.
 */
@Component
class BodySizeLimitFilter implements GlobalFilter, Ordered {

    static final String METADATA = "max-body-size";

    private final BodyLimitProperties properties;
    private final ProblemDetailsWriter writer;

    BodySizeLimitFilter(BodyLimitProperties properties, ProblemDetailsWriter writer) {
        this.properties = properties;
        this.writer = writer;
    }

    @Override
    public int getOrder() {
        return 0;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        long limit = limitOf(exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR));
        ServerHttpRequest request = exchange.getRequest();
        long declared = request.getHeaders().getContentLength();
        if (declared > limit) {
            return tooLarge(exchange, limit);
        }
        if (declared >= 0 || !request.getHeaders().containsHeader(HttpHeaders.TRANSFER_ENCODING)) {
            return chain.filter(exchange);   // the codec reads exactly Content-Length bytes, or there is no body
        }
        return DataBufferUtils.join(request.getBody(), (int) Math.min(limit, Integer.MAX_VALUE))
                .map(body -> withKnownBody(exchange, body))
                .defaultIfEmpty(withKnownBody(exchange, null))
                .flatMap(chain::filter)
                .onErrorResume(DataBufferLimitException.class, e -> tooLarge(exchange, limit));
    }

    private long limitOf(Route route) {
        Object configured = route != null ? route.getMetadata().get(METADATA) : null;
        return configured != null ? DataSize.parse(configured.toString()).toBytes() : properties.maxBodySize().toBytes();
    }

    private static ServerWebExchange withKnownBody(ServerWebExchange exchange, DataBuffer body) {
        int length = body != null ? body.readableByteCount() : 0;
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(exchange.getRequest().getHeaders());
        headers.remove(HttpHeaders.TRANSFER_ENCODING);
        headers.setContentLength(length);
        ServerHttpRequest request = new ServerHttpRequestDecorator(exchange.getRequest()) {
            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }

            @Override
            public Flux<DataBuffer> getBody() {
                return body != null ? Flux.just(body) : Flux.empty();
            }
        };
        return exchange.mutate().request(request).build();
    }

    private Mono<Void> tooLarge(ServerWebExchange exchange, long limit) {
        // the rest of the body is still on the wire: this connection cannot carry another request
        exchange.getResponse().getHeaders().set(HttpHeaders.CONNECTION, "close");
        return writer.write(exchange, exchange.getResponse(), HttpStatus.CONTENT_TOO_LARGE,
                "The request body is larger than this API accepts (" + limit + " bytes).", Map.of("maxBytes", limit));
    }
}
