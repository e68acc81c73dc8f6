package cn.gov.zhushan.plan.gateway.portal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.client.userinfo.ReactiveOAuth2UserService;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * The signed-in person, read from the access token itself with the same decoder the resource-server
 * chain uses (signature, issuer, audience, expiry): the person's {@code SCOPE_} authorities are exactly the
 * token's {@code scope} claim, so every scope rule for department clients holds for people unchanged.
 * There is no user-info endpoint to ask.
 */
class PortalUserService implements ReactiveOAuth2UserService<OAuth2UserRequest, OAuth2User> {

    private final ReactiveJwtDecoder decoder;

    PortalUserService(ReactiveJwtDecoder decoder) {
        this.decoder = decoder;
    }

    @Override
    public Mono<OAuth2User> loadUser(OAuth2UserRequest request) {
        return decoder.decode(request.getAccessToken().getTokenValue())
                .map(jwt -> new DefaultOAuth2User(authorities(jwt), jwt.getClaims(), "sub"));
    }

    private static Collection<GrantedAuthority> authorities(Jwt jwt) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("OAUTH2_USER"));
        List<String> scopes = jwt.getClaimAsStringList("scope");
        if (scopes != null) {
            scopes.forEach(scope -> authorities.add(new SimpleGrantedAuthority("SCOPE_" + scope)));
        }
        return authorities;
    }
}
