package cn.gov.zhushan.plan.auth.keys;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import cn.gov.zhushan.plan.auth.profile.LocalProfile;
import java.util.List;
import org.springframework.core.env.Environment;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** Publishes all keys in the JWKS but signs with the current one only. */
@Configuration(proxyBeanMethods = false)
class JwkConfig {

    @Bean
    SigningKeys signingKeys(SigningKeysProperties properties, Environment environment) {
        return SigningKeys.from(properties, LocalProfile.isActive(environment));
    }

    /** Backs {@code /oauth2/jwks}: current and previous keys, so tokens signed before a rotation still verify. */
    @Bean
    JWKSource<SecurityContext> jwkSource(SigningKeys keys) {
        return new ImmutableJWKSet<>(new JWKSet(List.copyOf(keys.published())));
    }

    /**
     * With several keys in one source Nimbus cannot choose and fails; this encoder sees only the
     * current key, so every token carries its {@code kid}.
     */
    @Bean
    JwtEncoder jwtEncoder(SigningKeys keys) {
        return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(keys.current())));
    }
}
