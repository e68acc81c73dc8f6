package cn.gov.zhushan.plan.local.stack;

import java.util.List;
import java.util.Optional;

/** One Spring Boot application of the platform: where its jar is built, its port, its database. */
public record AppSpec(String name, String moduleDir, int port, Optional<String> database) {

    public static final AppSpec DISCOVERY = infra("discovery-server", "infra/discovery-server", 8761);
    public static final AppSpec AUTH = infra("auth-server", "infra/auth-server", 9000);
    public static final AppSpec GATEWAY = infra("gateway", "gateway", 8080);
    public static final AppSpec INDICATOR = service("indicator-service", 8081, "indicators");
    public static final AppSpec PROJECT = service("project-service", 8082, "projects");
    public static final AppSpec LIVELIHOOD = service("livelihood-service", 8083, "livelihood");
    public static final AppSpec TOURISM = service("tourism-service", 8084, "tourism");

    public static final List<AppSpec> ALL =
            List.of(DISCOVERY, AUTH, GATEWAY, INDICATOR, PROJECT, LIVELIHOOD, TOURISM);

    /** The artifactId equals the module folder's last segment in this project. */
    public String artifactId() {
        return moduleDir.substring(moduleDir.lastIndexOf('/') + 1);
    }

    public boolean isDomainService() {
        return database.isPresent();
    }

    private static AppSpec infra(String name, String moduleDir, int port) {
        return new AppSpec(name, moduleDir, port, Optional.empty());
    }

    private static AppSpec service(String name, int port, String database) {
        return new AppSpec(name, name, port, Optional.of(database));
    }
}
