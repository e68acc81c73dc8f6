package cn.gov.zhushan.plan.auth.clients;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Refuses a client list that must not go live: none at all (the mounted config is missing or misnamed),
 * duplicate ids, secrets that are not bcrypt hashes (e.g. a template's placeholder), and, outside the
 * {@code local} profile, the demo secrets everybody can read in the README.
 */
public final class ClientRegistrationPolicy {

    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}");

    private final PasswordEncoder encoder;

    public ClientRegistrationPolicy(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    /** @throws IllegalStateException naming the first problem found */
    public void check(List<AuthServerProperties.Client> clients, boolean local) {
        if (clients.isEmpty()) {
            throw new IllegalStateException("No OAuth2 clients are configured (plan.auth.clients). Outside the 'local' "
                    + "profile the client list must come from the mounted auth-server.yml (AUTH_CONFIG_FILE); the demo "
                    + "clients exist only in the 'local' profile.");
        }
        Set<String> ids = new HashSet<>();
        for (AuthServerProperties.Client client : clients) {
            if (client.id() == null || client.id().isBlank()) {
                throw new IllegalStateException("Every client in plan.auth.clients needs an id.");
            }
            if (!ids.add(client.id())) {
                throw new IllegalStateException("Client " + client.id() + " is registered twice in plan.auth.clients.");
            }
            if (client.secret() == null || !BCRYPT.matcher(client.secret()).matches()) {
                throw new IllegalStateException("The secret of client " + client.id()
                        + " is not a bcrypt hash ($2a$...): fill in the hash of a fresh secret.");
            }
            if (!local && isKnownDefault(client)) {
                throw new IllegalStateException("Client " + client.id() + " uses a well-known demo secret ("
                        + "'<client-id>-secret' or one of the shipped demo hashes); give it a fresh secret. "
                        + "Demo secrets are accepted only in the 'local' profile.");
            }
        }
    }

    private boolean isKnownDefault(AuthServerProperties.Client client) {
        return DemoClientSecrets.HASHES.contains(client.secret())
                || encoder.matches(client.id() + DemoClientSecrets.SUFFIX, client.secret());
    }
}
