package cn.gov.zhushan.plan.auth.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** The shipped demo clients: local profile only, each refused elsewhere; the prod template is complete. */
class DemoClientSecretsTest {

    private final ClientRegistrationPolicy policy = new ClientRegistrationPolicy(new BCryptPasswordEncoder());

    @Test
    void everyShippedDemoClientIsInTheLocalProfileOnlyAndRefusedOutsideIt() throws Exception {
        List<PropertySource<?>> documents = new YamlPropertySourceLoader()
                .load("application.yml", new ClassPathResource("application.yml"));
        for (PropertySource<?> document : documents) {
            boolean local = "local".equals(document.getProperty("spring.config.activate.on-profile"));
            List<AuthServerProperties.Client> clients = clients(document);
            if (!local) {
                assertThat(clients).as("clients outside the local profile").isEmpty();
                continue;
            }
            assertThat(clients).hasSize(10);
            for (AuthServerProperties.Client client : clients) {
                assertThat(DemoClientSecrets.HASHES).contains(client.secret());
                assertThat(new BCryptPasswordEncoder().matches(client.id() + "-secret", client.secret())).isTrue();
                assertThatThrownBy(() -> policy.check(List.of(client), false))
                        .hasMessageContaining("Client " + client.id() + " uses a well-known demo secret");
            }
            policy.check(clients, true);
            assertThat(clients).filteredOn(c -> c.scopes().contains("livelihood:pii")).extracting(c -> c.id())
                    .containsExactly("civil-affairs");
        }
    }

    @Test
    void theProductionSecretTemplateListsTwoLivelihoodWritersForFourEyesApproval() throws Exception {
        Resource template = new FileSystemResource("../k8s/secrets/secrets.template.yaml");
        PropertySource<?> secret = new YamlPropertySourceLoader().load("template", template).get(0);
        assertThat(secret.getProperty("metadata.name")).isEqualTo("auth-server-config");
        String config = (String) secret.getProperty("stringData.auth-server.yml");
        List<PropertySource<?>> mounted = new YamlPropertySourceLoader()
                .load("auth-server.yml", new org.springframework.core.io.ByteArrayResource(config.getBytes()));
        List<AuthServerProperties.Client> clients = clients(mounted.get(0));
        assertThat(clients).filteredOn(c -> c.scopes().contains("livelihood:write")).extracting(c -> c.id())
                .contains("civil-affairs", "finance-bureau");
        // placeholders are refused at start-up until an operator fills in real hashes
        assertThatThrownBy(() -> policy.check(clients, false)).hasMessageContaining("is not a bcrypt hash");
    }

    private static List<AuthServerProperties.Client> clients(PropertySource<?> document) {
        Binder binder = new Binder(ConfigurationPropertySources.from(document));
        return binder.bind("plan.auth.clients", Bindable.listOf(AuthServerProperties.Client.class))
                .orElse(List.of());
    }

}
