package cn.gov.zhushan.plan.indicator.report;

import java.util.function.Supplier;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The other services and the auth server as real in-process HTTP servers, once per test JVM, and the properties
 * that point the report at them: Eureka is off in tests, so the load balancer finds the services through the
 * simple discovery client's configured instances instead.
 */
final class ReportStubs {

    static final StubAuthServer AUTH = new StubAuthServer();
    static final StubServer PROJECTS = new StubServer(AUTH::token);
    static final StubServer LIVELIHOOD = new StubServer(AUTH::token);
    static final StubServer TOURISM = new StubServer(AUTH::token);

    static {
        Seed2024Stubs.projects(PROJECTS);
        Seed2024Stubs.livelihood(LIVELIHOOD);
        Seed2024Stubs.tourism(TOURISM);
    }

    private ReportStubs() {
    }

    static void register(DynamicPropertyRegistry registry, Supplier<Object> projectServiceUri) {
        register(registry, projectServiceUri, LIVELIHOOD::uri);
    }

    static void register(DynamicPropertyRegistry registry, Supplier<Object> projectServiceUri,
                         Supplier<Object> livelihoodServiceUri) {
        // the demo data loaded here must not meet the other test classes' expectations in the shared database and
        // broker: own database, its events left unpublished, own consumer group (no stealing of their partitions)
        registry.add("spring.mongodb.database", () -> "report-it");
        registry.add("platform.outbox.collections", () -> "report-it-publishes-nothing");
        registry.add("spring.kafka.consumer.group-id", () -> "indicator-service-report-it");
        registry.add("platform.demo-data.enabled", () -> "true");
        registry.add("spring.security.oauth2.client.provider.zhushan-auth.token-uri", AUTH::tokenUri);
        registry.add("spring.security.oauth2.client.registration.indicator-service.client-secret", () -> StubAuthServer.CLIENT_SECRET);
        registry.add("spring.cloud.discovery.client.simple.instances.project-service[0].uri", projectServiceUri);
        registry.add("spring.cloud.discovery.client.simple.instances.livelihood-service[0].uri", livelihoodServiceUri);
        registry.add("spring.cloud.discovery.client.simple.instances.tourism-service[0].uri", TOURISM::uri);
        registry.add("indicators.report.timeout", () -> "3s");
    }
}
