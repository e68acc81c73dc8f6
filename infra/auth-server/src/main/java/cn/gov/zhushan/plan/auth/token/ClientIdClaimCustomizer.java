package cn.gov.zhushan.plan.auth.token;

import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

/** Adds {@code client_id} (RFC 9068) so resource servers need not rely on {@code sub} meaning the client. */
@Component
class ClientIdClaimCustomizer implements OAuth2TokenCustomizer<JwtEncodingContext> {

    @Override
    public void customize(JwtEncodingContext context) {
        if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            context.getClaims().claim("client_id", context.getRegisteredClient().getClientId());
        }
    }
}
