package cn.gov.zhushan.plan.gateway.portal;

import cn.gov.zhushan.plan.gateway.problem.ProblemDetailsWriter;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.csrf.CsrfException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The page's data calls get Problem Details, never a redirect to a sign-in page a script cannot follow. */
final class PortalProblemHandlers implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler,
        ServerAuthenticationFailureHandler {

    private final ProblemDetailsWriter writer;

    PortalProblemHandlers(ProblemDetailsWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException e) {
        return writer.write(exchange, HttpStatus.UNAUTHORIZED, "Not signed in, or the session has ended: sign in again.");
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return writer.write(exchange, HttpStatus.FORBIDDEN, denied instanceof CsrfException
                ? "A state-changing request needs the X-XSRF-TOKEN header with the XSRF-TOKEN cookie's value."
                : "The signed-in person's role does not allow this request.");
    }

    @Override
    public Mono<Void> onAuthenticationFailure(WebFilterExchange exchange, AuthenticationException failure) {
        return writer.write(exchange.getExchange(), HttpStatus.UNAUTHORIZED, "Sign-in failed: " + failure.getMessage());
    }
}
