package cn.gov.zhushan.plan.gateway.problem;

import cn.gov.zhushan.plan.gateway.web.RequestIdFilter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Writes RFC 9457 bodies for every error the gateway itself produces. */
@Component
public class ProblemDetailsWriter {

    private final JsonMapper json;

    public ProblemDetailsWriter(JsonMapper json) {
        this.json = json;
    }

    public Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, String detail) {
        return write(exchange, exchange.getResponse(), status, detail, Map.of());
    }

    /**
     * @param response the response to write to (a decorator may pass its delegate)
     * @param extra    additional members, e.g. the unavailable service
     */
    public Mono<Void> write(ServerWebExchange exchange, ServerHttpResponse response, HttpStatusCode status,
            String detail, Map<String, Object> extra) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title(status));
        body.put("status", status.value());
        body.put("detail", detail);
        body.put("instance", originalPath(exchange));
        Object requestId = exchange.getAttribute(RequestIdFilter.ATTRIBUTE);
        if (requestId != null) {
            body.put("requestId", requestId);
        }
        body.putAll(extra);
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        byte[] bytes = json.writeValueAsBytes(body);
        response.getHeaders().setContentLength(bytes.length);
        return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(bytes)));
    }

    /** The caller's path, not the internal /fallback/... one a circuit breaker forwarded to. */
    private static String originalPath(ServerWebExchange exchange) {
        String original = exchange.getAttribute(RequestIdFilter.ORIGINAL_PATH);
        return original != null ? original : exchange.getRequest().getPath().value();
    }

    private static String title(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known != null ? known.getReasonPhrase() : "Error";
    }
}
