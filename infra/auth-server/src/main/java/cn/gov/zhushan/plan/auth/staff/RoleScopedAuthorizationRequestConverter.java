package cn.gov.zhushan.plan.auth.staff;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.web.authentication.OAuth2AuthorizationCodeRequestAuthenticationConverter;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * Narrows an authorization request's scopes to those the signed-in person's role allows before the
 * authorization server records them: the code, the access token's {@code scope} claim, the token response
 * and every refresh then agree. A client may ask for all the scopes it is registered for; a tourism
 * officer still gets only tourism's.
 */
public final class RoleScopedAuthorizationRequestConverter implements AuthenticationConverter {

    private final OAuth2AuthorizationCodeRequestAuthenticationConverter delegate =
            new OAuth2AuthorizationCodeRequestAuthenticationConverter();
    private final RoleScopes roleScopes;

    public RoleScopedAuthorizationRequestConverter(RoleScopes roleScopes) {
        this.roleScopes = roleScopes;
    }

    @Override
    public Authentication convert(HttpServletRequest request) {
        Authentication converted = delegate.convert(request);
        if (!(converted instanceof OAuth2AuthorizationCodeRequestAuthenticationToken authorization)
                || !(authorization.getPrincipal() instanceof Authentication person) || !person.isAuthenticated()
                || person instanceof AnonymousAuthenticationToken) {
            return converted;   // not signed in yet: the endpoint sends the browser to the sign-in page
        }
        return new OAuth2AuthorizationCodeRequestAuthenticationToken(authorization.getAuthorizationUri(),
                authorization.getClientId(), person, authorization.getRedirectUri(), authorization.getState(),
                roleScopes.intersect(authorization.getScopes(), person), authorization.getAdditionalParameters());
    }
}
