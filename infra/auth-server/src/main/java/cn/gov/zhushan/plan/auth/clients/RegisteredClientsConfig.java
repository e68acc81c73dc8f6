package cn.gov.zhushan.plan.auth.clients;

import java.util.List;
import java.util.UUID;
import cn.gov.zhushan.plan.auth.profile.LocalProfile;
import org.springframework.core.env.Environment;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.util.Assert;

/** Builds the client registry from configuration: clients change by redeploying config, not code. */
@Configuration(proxyBeanMethods = false)
class RegisteredClientsConfig {

    @Bean
    PasswordEncoder clientSecretEncoder() {
        // configured secrets are bcrypt hashes
        return new BCryptPasswordEncoder();
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(AuthServerProperties properties, PasswordEncoder encoder,
            Environment environment) {
        new ClientRegistrationPolicy(encoder).check(properties.clients(), LocalProfile.isActive(environment));
        TokenSettings tokens = TokenSettings.builder()
                .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                .accessTokenTimeToLive(properties.tokenTimeToLive())
                .build();
        List<RegisteredClient> clients = properties.clients().stream()
                .map(client -> toRegisteredClient(client, tokens))
                .toList();
        return new InMemoryRegisteredClientRepository(clients);
    }

    private static RegisteredClient toRegisteredClient(AuthServerProperties.Client client, TokenSettings tokens) {
        Assert.hasText(client.id(), "every client needs an id");
        Assert.hasText(client.secret(), () -> "client " + client.id() + " needs a (bcrypt) secret");
        Assert.notEmpty(client.scopes(), () -> "client " + client.id() + " needs at least one scope");
        // stable registration id so restarts and replicas agree
        String registrationId = UUID.nameUUIDFromBytes(client.id().getBytes()).toString();
        RegisteredClient.Builder builder = RegisteredClient.withId(registrationId)
                .clientId(client.id())
                .clientSecret(client.secret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .scopes(scopes -> scopes.addAll(client.scopes()))
                .tokenSettings(tokens);
        if (!client.signsInPeople()) {
            return builder.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS).build();
        }
        // a sign-in client acts for a person only: no client-credentials grant, so it never holds the union
        // of its scopes on its own; PKCE even though it is confidential (OAuth 2.1); no consent screen for staff
        return builder.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUris(uris -> uris.addAll(client.redirectUris()))
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .build();
    }
}
