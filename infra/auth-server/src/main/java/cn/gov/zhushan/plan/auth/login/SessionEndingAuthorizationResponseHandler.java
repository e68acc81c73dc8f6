package cn.gov.zhushan.plan.auth.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationToken;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Sends the authorization code back to the client and ends the sign-in session here: the gateway's
 * session is the only one the browser keeps, so signing out there really signs the person out (no
 * silent sign-in from a lingering authorization-server session).
 */
public final class SessionEndingAuthorizationResponseHandler implements AuthenticationSuccessHandler {

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException {
        OAuth2AuthorizationCodeRequestAuthenticationToken result =
                (OAuth2AuthorizationCodeRequestAuthenticationToken) authentication;
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        // values go in as URI variables so the builder encodes them (a state may hold any character)
        Map<String, String> values = new HashMap<>();
        values.put("code", result.getAuthorizationCode().getTokenValue());
        UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(result.getRedirectUri())
                .queryParam(OAuth2ParameterNames.CODE, "{code}");
        if (result.getState() != null) {
            uri.queryParam(OAuth2ParameterNames.STATE, "{state}");
            values.put("state", result.getState());
        }
        response.sendRedirect(uri.build(values).toASCIIString());
    }
}
