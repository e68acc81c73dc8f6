package cn.gov.zhushan.plan.gateway.security;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpMethod;

/**
 * The platform's scope rules, as a plain function of method, path and query so it can be tested
 * without Spring. Every returned scope is required; an empty Optional means no scope grants the path.
 */
public final class RequiredScopes {

    private static final Map<String, String> DOMAIN_BY_SEGMENT = Map.of(
            "indicators", "indicators",
            "projects", "projects",
            "livelihood", "livelihood",
            "tourism", "tourism");

    private static final List<String> PERSON_LOOKUP = List.of("persons", "lookup");

    private RequiredScopes() {
    }

    /**
     * @param segments decoded path segments, e.g. {@code [api, v1, livelihood, pii, 42]}
     * @param unmasked whether the query asks for unmasked personal data ({@code unmasked=true})
     */
    public static Optional<Set<String>> of(HttpMethod method, List<String> segments, boolean unmasked) {
        if (segments.size() < 3 || !segments.get(0).equals("api") || !segments.get(1).equals("v1")) {
            return Optional.empty();
        }
        // dot segments could walk into another service's prefix after normalisation downstream
        if (segments.stream().anyMatch(s -> s.equals(".") || s.equals("..") || s.isEmpty())) {
            return Optional.empty();
        }
        String domain = DOMAIN_BY_SEGMENT.get(segments.get(2));
        if (domain == null) {
            return Optional.empty();
        }
        boolean read = HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method);
        List<String> rest = segments.subList(3, segments.size());
        String access = domain + (read ? ":read" : ":write");

        // the indicator catalogue decides what every figure means: its administrators only
        if (domain.equals("indicators") && !read && startsWith(rest, "catalogue")) {
            return Optional.of(Set.of("indicators:admin"));
        }
        if (domain.equals("tourism") && HttpMethod.POST.equals(method) && startsWith(rest, "footfall")) {
            return Optional.of(Set.of("tourism:ingest"));
        }
        if (domain.equals("livelihood")) {
            if (!read && startsWith(rest, "employment")) {
                access = "employment:write";
            }
            // programs and their benefit standards decide what everyone is paid: administrators only
            if (!read && startsWith(rest, "programs")) {
                return Optional.of(Set.of("livelihood:write", "livelihood:admin"));
            }
            // a search by ID number (sent in the body so it stays out of URLs) reads personal data
            boolean lookup = HttpMethod.POST.equals(method) && rest.equals(PERSON_LOOKUP);
            if (lookup) {
                access = "livelihood:read";
            }
            boolean personalData = unmasked || lookup
                    || rest.stream().anyMatch(s -> s.toLowerCase(Locale.ROOT).equals("pii"));
            if (personalData) {
                return Optional.of(Set.of(access, "livelihood:pii"));
            }
        }
        return Optional.of(Set.of(access));
    }

    private static boolean startsWith(List<String> rest, String segment) {
        return !rest.isEmpty() && rest.get(0).equals(segment);
    }
}
