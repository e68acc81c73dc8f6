package cn.gov.zhushan.plan.gateway.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Grants an /api request when the token carries every scope {@link RequiredScopes} asks for. The dashboard's
 * {@code /app/api/...} calls are the same requests relayed with a person's token: the rule is read without
 * the {@code app} prefix, so it is one rule for clients and people.
 */
@Component
public class ScopeAuthorizationManager implements ReactiveAuthorizationManager<AuthorizationContext> {

    private static final String PREFIX = "SCOPE_";
    private static final String PORTAL_PREFIX = "app";

    @Override
    public Mono<AuthorizationResult> authorize(Mono<Authentication> authentication, AuthorizationContext context) {
        ServerHttpRequest request = context.getExchange().getRequest();
        Optional<Set<String>> required = RequiredScopes.of(request.getMethod(), segments(request),
                "true".equalsIgnoreCase(request.getQueryParams().getFirst("unmasked")));
        return authentication
                .filter(Authentication::isAuthenticated)
                .map(auth -> granted(auth, required))
                .defaultIfEmpty(new AuthorizationDecision(false));
    }

    private static AuthorizationResult granted(Authentication auth, Optional<Set<String>> required) {
        Set<String> scopes = auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a != null && a.startsWith(PREFIX))
                .map(a -> a.substring(PREFIX.length()))
                .collect(Collectors.toSet());
        return new AuthorizationDecision(required.map(scopes::containsAll).orElse(false));
    }

    private static List<String> segments(ServerHttpRequest request) {
        List<String> segments = request.getPath().pathWithinApplication().elements().stream()
                .filter(PathContainer.PathSegment.class::isInstance)
                .map(e -> ((PathContainer.PathSegment) e).valueToMatch())
                .toList();
        return !segments.isEmpty() && segments.get(0).equals(PORTAL_PREFIX) ? segments.subList(1, segments.size()) : segments;
    }
}
