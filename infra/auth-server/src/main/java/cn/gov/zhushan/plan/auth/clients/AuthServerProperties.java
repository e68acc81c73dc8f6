package cn.gov.zhushan.plan.auth.clients;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Issuer, token lifetime and the registered department clients.
 *
 * @param issuer          the {@code iss} of every token and the base of the metadata document
 * @param audience        the {@code aud} of every access token: the platform's resource servers accept no other
 * @param tokenTimeToLive access-token lifetime; short because client credentials are cheap to renew
 * @param clients         registered clients; secrets are bcrypt hashes, never plaintext
 */
@ConfigurationProperties("plan.auth")
public record AuthServerProperties(
        @DefaultValue("http://localhost:9000") String issuer,
        @DefaultValue("zhushan-plan") String audience,
        @DefaultValue("15m") Duration tokenTimeToLive,
        @DefaultValue List<Client> clients) {

    /**
     * @param id     the OAuth2 client id (also the JWT {@code sub} and {@code client_id})
     * @param secret bcrypt hash of the client secret
     * @param scopes       the scopes this client may request
     * @param redirectUris empty: a department system (client credentials); otherwise a sign-in client such as
     *                     the gateway's dashboard (authorization code with PKCE for people, refresh tokens)
     */
    public record Client(String id, String secret, Set<String> scopes, @DefaultValue List<String> redirectUris) {

        public boolean signsInPeople() {
            return redirectUris != null && !redirectUris.isEmpty();
        }
    }
}
