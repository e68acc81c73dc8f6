package cn.gov.zhushan.plan.platform.test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * The one base class for service integration tests: the application on a random port, talking to
 * real MongoDB and Kafka wire protocols ({@link TestBackends}) and validating real JWTs
 * ({@link TestTokens}). Calls go over real HTTP; error statuses are returned, not thrown.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "eureka.client.enabled=false",
        "platform.outbox.poll-interval=50ms",
        "platform.consumer.initial-backoff=50ms"})
public abstract class PlatformIntegrationTest {

    protected static final TestBackends BACKENDS = TestBackends.get();
    protected static final TestTokens TOKENS = TestTokens.get();

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", BACKENDS::mongoUri);
        registry.add("spring.kafka.bootstrap-servers", BACKENDS::kafkaBootstrapServers);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", TOKENS::jwksUri);
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> TestTokens.ISSUER);
        registry.add("spring.security.oauth2.resourceserver.jwt.audiences", () -> TestTokens.AUDIENCE);
    }

    /** A client for this application, authorised as the given client with the given scopes. */
    protected RestClient api(String clientId, String... scopes) {
        return RestClient.builder()
                .baseUrl("http://127.0.0.1:" + port)
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + TOKENS.issue(clientId, scopes))
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build();
    }

    /** A client without any token. */
    protected RestClient anonymous() {
        return RestClient.builder()
                .baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build();
    }
}
