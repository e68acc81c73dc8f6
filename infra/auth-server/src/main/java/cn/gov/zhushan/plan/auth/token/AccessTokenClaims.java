package cn.gov.zhushan.plan.auth.token;

import java.util.List;

import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

import cn.gov.zhushan.plan.auth.clients.AuthServerProperties;

/**
 * The claims every access token carries beyond the defaults: {@code client_id} (RFC 9068) so resource
 * servers need not rely on {@code sub} meaning the client, and the platform as {@code aud}, which the
 * gateway and every service require (a token minted for another system is refused).
 */
@Component
class AccessTokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final AuthServerProperties properties;

    AccessTokenClaims(AuthServerProperties properties) {
        this.properties = properties;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            context.getClaims().claim("client_id", context.getRegisteredClient().getClientId());
            context.getClaims().audience(List.of(properties.audience()));
        }
    }
}
