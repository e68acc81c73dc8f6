package cn.gov.zhushan.plan.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The real application started the way a Deployment starts it (no 'local' profile, config from the
 * mounted AUTH_CONFIG_FILE): it must refuse to run on demo clients, on no clients and on no keys.
 */
class StartupRefusalTest {

    private static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder(4);

    @TempDir
    Path dir;

    @Test
    void withoutTheMountedConfigItRefusesToStartInsteadOfServingDemoClients() {
        Throwable failure = startFailure(dir.resolve("misnamed-auth-server.yml"));
        assertThat(failure.getMessage()).contains("No OAuth2 clients are configured").contains("'local'");
    }

    @Test
    void withClientsButNoSigningKeysItRefusesToGenerateOne() throws Exception {
        Path config = write("""
                plan:
                  auth:
                    clients:
                      - { id: statistics-bureau, secret: "%s", scopes: [ "indicators:read" ] }
                """.formatted(BCRYPT.encode("a-fresh-secret-1")));
        Throwable failure = startFailure(config);
        assertThat(failure.getMessage()).contains("No signing keys are configured");
    }

    @Test
    void aClientWithItsDocumentedDemoSecretIsRefused() throws Exception {
        Path config = write(clientsAndKey(
                "{ id: statistics-bureau, secret: \"" + BCRYPT.encode("a-fresh-secret-1") + "\", scopes: [ \"indicators:read\" ] }",
                "{ id: civil-affairs, secret: \"" + BCRYPT.encode("civil-affairs-secret") + "\", scopes: [ \"livelihood:pii\" ] }"));
        Throwable failure = startFailure(config);
        assertThat(failure.getMessage()).contains("Client civil-affairs uses a well-known demo secret");
    }

    @Test
    void aShippedDemoHashCopiedUnderAnotherIdIsRefused() throws Exception {
        // the local profile's hash of "dashboard-secret"
        Path config = write(clientsAndKey(
                "{ id: reporting, secret: \"$2a$10$ktbU1tBd/w6SK1gCvj0ma.IwDuwgMGqHYi8aQW1rCceIaAsil1F5a\", scopes: [ \"indicators:read\" ] }"));
        assertThat(startFailure(config).getMessage()).contains("Client reporting uses a well-known demo secret");
    }

    @Test
    void aTemplatePlaceholderInsteadOfAHashIsRefused() throws Exception {
        Path config = write(clientsAndKey("{ id: ops, secret: \"CHANGE_ME_BCRYPT_HASH\", scopes: [ \"indicators:read\" ] }"));
        assertThat(startFailure(config).getMessage()).contains("The secret of client ops is not a bcrypt hash");
    }

    @Test
    void configuredClientsAndKeysServeTokensAndNoDemoClientExists() throws Exception {
        Path config = write(clientsAndKey(
                "{ id: statistics-bureau, secret: \"" + BCRYPT.encode("a-fresh-secret-1") + "\", scopes: [ \"indicators:read\" ] }"));
        try (ConfigurableApplicationContext context = application().run(args(config))) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            TokenClient client = new TokenClient(port);
            assertThat(client.token("statistics-bureau", "a-fresh-secret-1", "indicators:read").statusCode()).isEqualTo(200);
            assertThat(client.token("statistics-bureau", "statistics-bureau-secret", "indicators:read").statusCode())
                    .isEqualTo(401);
            assertThat(client.token("civil-affairs", "civil-affairs-secret", "livelihood:pii").statusCode())
                    .isEqualTo(401);
            assertThat(client.token("dashboard", "dashboard-secret", "indicators:read").statusCode()).isEqualTo(401);
        }
    }

    private Throwable startFailure(Path config) {
        List<Throwable> caught = new ArrayList<>();
        assertThatThrownBy(() -> {
            try (ConfigurableApplicationContext ignored = application().run(args(config))) {
                // started: the assertion below fails
            }
        }).satisfies(caught::add);
        return NestedExceptionUtils.getMostSpecificCause(caught.get(0));
    }

    private static SpringApplication application() {
        SpringApplication application = new SpringApplication(AuthServerApplication.class);
        application.setLogStartupInfo(false);
        return application;
    }

    private static String[] args(Path config) {
        return new String[] {"--AUTH_CONFIG_FILE=" + config, "--server.port=0", "--eureka.client.enabled=false",
            "--spring.main.banner-mode=off"};
    }

    private String clientsAndKey(String... clients) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Path pem = Files.writeString(dir.resolve("key.pem"), "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n");
        StringBuilder yaml = new StringBuilder("plan:\n  auth:\n    clients:\n");
        for (String client : clients) {
            yaml.append("      - ").append(client).append('\n');
        }
        yaml.append("    signing:\n      keys:\n        - { id: key-test, private-key: \"")
                .append(pem.toUri()).append("\" }\n");
        return yaml.toString();
    }

    private Path write(String yaml) throws Exception {
        return Files.writeString(dir.resolve("auth-server.yml"), yaml);
    }
}
