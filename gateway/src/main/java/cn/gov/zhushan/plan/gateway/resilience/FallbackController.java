package cn.gov.zhushan.plan.gateway.resilience;

import cn.gov.zhushan.plan.gateway.problem.ProblemDetailsWriter;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Target of every route's CircuitBreaker fallbackUri: 503 naming the service that did not answer. */
@RestController
class FallbackController {

    private static final Pattern SERVICE_ID = Pattern.compile("[a-z][a-z0-9-]{0,62}");

    private final ProblemDetailsWriter writer;

    FallbackController(ProblemDetailsWriter writer) {
        this.writer = writer;
    }

    @RequestMapping("/fallback/{service}")
    Mono<Void> unavailable(@PathVariable String service, ServerWebExchange exchange) {
        String name = SERVICE_ID.matcher(service).matches() ? service : "the service";
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "5");
        return writer.write(exchange, exchange.getResponse(), HttpStatus.SERVICE_UNAVAILABLE,
                name + " is unavailable or did not answer in time; try again shortly.",
                Map.of("service", name));
    }
}
