package cn.gov.zhushan.plan.local.ready;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The end-to-end check: a token from auth-server, then one read per service through the gateway.
 * Until Eureka has the instances the gateway answers 503/404, and until it has the JWKS 401.
 */
public final class GatewayRoutes {

    public static final String GATEWAY = "http://localhost:8080";
    /** One read per domain service, keyed by the service that answers it. */
    public static final Map<String, String> PATHS = orderedPaths();

    private static Map<String, String> orderedPaths() {
        Map<String, String> paths = new LinkedHashMap<>();
        paths.put("indicator-service", "/api/v1/indicators");
        paths.put("project-service", "/api/v1/projects");
        paths.put("livelihood-service", "/api/v1/livelihood/programs");
        paths.put("tourism-service", "/api/v1/tourism/sites");
        return java.util.Collections.unmodifiableMap(paths);
    }

    /** The paths to wait for when some services are left out (none at all without the gateway). */
    public static List<String> pathsWithout(java.util.Set<String> leftOut) {
        if (leftOut.contains("gateway") || leftOut.contains("auth-server")) {
            return List.of();
        }
        return PATHS.entrySet().stream().filter(entry -> !leftOut.contains(entry.getKey()))
                .map(Map.Entry::getValue).toList();
    }

    private final HttpProbe http;
    private final TokenClient tokens;
    private Optional<String> token = Optional.empty();

    public GatewayRoutes(HttpProbe http) {
        this.http = http;
        this.tokens = new TokenClient(http);
    }

    /** Paths that do not answer 200 yet, each with what they answered (0 = nothing, -1 = no token). */
    public Map<String, Integer> pending(List<String> paths) {
        Map<String, Integer> pending = new LinkedHashMap<>();
        if (token.isEmpty()) {
            token = tokens.fetch();
        }
        if (token.isEmpty()) {
            paths.forEach(path -> pending.put(path, -1));
            return pending;
        }
        for (String path : paths) {
            int status = http.get(GATEWAY + path, token).status();
            if (status == 401) {
                token = Optional.empty(); // maybe expired or signed before a restart: fetch anew
            }
            if (status != 200) {
                pending.put(path, status);
            }
        }
        return pending;
    }

    public static String describe(Map<String, Integer> pending) {
        List<String> parts = new ArrayList<>();
        pending.forEach((path, status) -> parts.add(path + " (" + switch (status) {
            case -1 -> "no token yet";
            case 0 -> "no answer";
            default -> "HTTP " + status;
        } + ")"));
        return String.join(", ", parts);
    }
}
