package cn.gov.zhushan.plan.gateway.security;

import org.springframework.security.oauth2.jwt.Jwt;

/** Where the calling client's id lives: in an exchange attribute, taken from the JWT. */
public final class ClientIds {

    /** Exchange attribute holding the authenticated client id (absent for anonymous requests). */
    public static final String ATTRIBUTE = ClientIds.class.getName() + ".clientId";

    private ClientIds() {
    }

    /** {@code client_id} (RFC 9068); {@code sub} for issuers that only set that. */
    public static String of(Jwt jwt) {
        String clientId = jwt.getClaimAsString("client_id");
        return clientId != null ? clientId : jwt.getSubject();
    }
}
