package cn.gov.zhushan.plan.gateway.problem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Replaces Boot's JSON error page: no route, bad request and unexpected failures become Problem Details. */
@Component
@Order(-2)
class ProblemDetailsErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsErrorHandler.class);

    private final ProblemDetailsWriter writer;

    ProblemDetailsErrorHandler(ProblemDetailsWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        HttpStatusCode status = error instanceof ResponseStatusException rse ? rse.getStatusCode()
                : HttpStatus.INTERNAL_SERVER_ERROR;
        String detail;
        if (status.is5xxServerError()) {
            // the cause goes to the log, never to the caller
            log.error("request {} {} failed", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), error);
            detail = "The gateway could not complete the request.";
        } else {
            detail = status.value() == 404 ? "No API is served at this path." : "The request was not accepted.";
        }
        exchange.getResponse().getHeaders().remove("Content-Length");
        return writer.write(exchange, status, detail);
    }
}
