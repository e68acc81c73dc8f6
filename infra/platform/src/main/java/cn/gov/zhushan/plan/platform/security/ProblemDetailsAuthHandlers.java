package cn.gov.zhushan.plan.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import cn.gov.zhushan.plan.platform.web.ProblemResponses;

/**
 * 401 and 403 as Problem Details, keeping the RFC 6750 {@code WWW-Authenticate} header that the bearer
 * handlers set (it tells a client whether the token was missing, invalid or short of a scope).
 */
public class ProblemDetailsAuthHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final BearerTokenAuthenticationEntryPoint entryPoint = new BearerTokenAuthenticationEntryPoint();
    private final BearerTokenAccessDeniedHandler accessDenied = new BearerTokenAccessDeniedHandler();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        entryPoint.commence(request, response, e);
        ProblemResponses.write(response, request, HttpStatus.UNAUTHORIZED, "Unauthorized",
                "A valid bearer token is required.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        accessDenied.handle(request, response, e);
        ProblemResponses.write(response, request, HttpStatus.FORBIDDEN, "Forbidden",
                "The token lacks the scope this operation needs.");
    }
}
