package cn.gov.zhushan.plan.gateway.security.jwks;

import com.nimbusds.jose.jwk.JWKSet;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.util.Assert;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * The JWT decoder Boot would build (RS256, issuer, audience, expiry), but over a {@link CachingJwkSource}:
 * Boot's reactive decoder asks the auth-server again for every token with an unknown key id.
 */
@Configuration(proxyBeanMethods = false)
class JwtDecoderConfig {

    @Bean
    ReactiveJwtDecoder jwtDecoder(ResourceServerJwtProperties jwt, JwksProperties jwks) {
        Assert.hasText(jwt.jwkSetUri(), "spring.security.oauth2.resourceserver.jwt.jwk-set-uri is required");
        WebClient web = WebClient.create();
        CachingJwkSource source = new CachingJwkSource(() -> web.get().uri(jwt.jwkSetUri())
                .accept(MediaType.APPLICATION_JSON)
                .retrieve()
                .bodyToMono(String.class)
                .timeout(jwks.timeout())
                .flatMap(JwtDecoderConfig::parse),
                jwks.minRefetchInterval(), jwks.maxAge(), System::nanoTime);
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSource(source)
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(jwt.issuerUri() != null ? JwtValidators.createDefaultWithIssuer(jwt.issuerUri())
                : JwtValidators.createDefault());
        if (!jwt.audiences().isEmpty()) {
            validators.add(new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                    aud -> aud != null && aud.stream().anyMatch(jwt.audiences()::contains)));
        }
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
        return decoder;
    }

    private static Mono<JWKSet> parse(String body) {
        try {
            return Mono.just(JWKSet.parse(body));
        } catch (ParseException e) {
            return Mono.error(new IllegalStateException("the JWKS is not a JSON Web Key Set", e));
        }
    }
}
