package cn.gov.zhushan.plan.systemtest;

import java.util.List;
import java.util.Map;

/** auth-server's local clients (secret "<id>-secret", see infra/auth-server/README.md) and their scopes. */
final class Clients {

    static final String DEVELOPMENT_REFORM = "development-reform";
    static final String STATISTICS_BUREAU = "statistics-bureau";
    static final String CIVIL_AFFAIRS = "civil-affairs";
    /** Approves the payment cycles civil affairs drafts (four eyes). */
    static final String FINANCE_BUREAU = "finance-bureau";
    static final String HUMAN_RESOURCES = "human-resources";
    static final String CULTURE_TOURISM = "culture-tourism";
    static final String DASHBOARD = "dashboard";

    static final Map<String, String> SCOPES = Map.of(
            DEVELOPMENT_REFORM, "projects:read projects:write",
            STATISTICS_BUREAU, "indicators:read indicators:write",
            CIVIL_AFFAIRS, "livelihood:read livelihood:write livelihood:pii",
            FINANCE_BUREAU, "livelihood:read livelihood:write",
            HUMAN_RESOURCES, "livelihood:read employment:write",
            CULTURE_TOURISM, "tourism:read tourism:write tourism:ingest",
            DASHBOARD, "indicators:read projects:read livelihood:read tourism:read");

    static final List<String> ALL = List.copyOf(SCOPES.keySet());

    /** The client that may write to a service's API. */
    static String writerOf(String serviceId) {
        return switch (serviceId) {
            case SystemStack.INDICATOR -> STATISTICS_BUREAU;
            case SystemStack.PROJECT -> DEVELOPMENT_REFORM;
            case SystemStack.LIVELIHOOD -> CIVIL_AFFAIRS;
            case SystemStack.TOURISM -> CULTURE_TOURISM;
            default -> throw new IllegalArgumentException(serviceId);
        };
    }

    private Clients() {
    }
}
