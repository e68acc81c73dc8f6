package cn.gov.zhushan.plan.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

class RequiredScopesTest {

    private static Optional<Set<String>> of(HttpMethod method, String path) {
        List<String> segments = Arrays.asList(path.substring(1).split("/", -1));
        return RequiredScopes.of(method, segments, false);
    }

    @Test
    void readsAndWritesPerDomain() {
        assertThat(of(HttpMethod.GET, "/api/v1/indicators/gdp")).hasValue(Set.of("indicators:read"));
        assertThat(of(HttpMethod.PUT, "/api/v1/indicators/catalogue/indicators/GDP")).hasValue(Set.of("indicators:admin"));
        assertThat(of(HttpMethod.PUT, "/api/v1/livelihood/programs/DIBAO_URBAN/standards/2025-01"))
                .hasValue(Set.of("livelihood:write", "livelihood:admin"));
        assertThat(of(HttpMethod.GET, "/api/v1/livelihood/programs/DIBAO_URBAN/standards")).hasValue(Set.of("livelihood:read"));
        assertThat(of(HttpMethod.GET, "/api/v1/indicators/catalogue/indicators/GDP/changes")).hasValue(Set.of("indicators:read"));
        assertThat(of(HttpMethod.HEAD, "/api/v1/projects")).hasValue(Set.of("projects:read"));
        assertThat(of(HttpMethod.PUT, "/api/v1/projects/p")).hasValue(Set.of("projects:write"));
        assertThat(of(HttpMethod.DELETE, "/api/v1/tourism/sites/1")).hasValue(Set.of("tourism:write"));
    }

    @Test
    void specialPaths() {
        assertThat(of(HttpMethod.POST, "/api/v1/tourism/footfall/batches")).hasValue(Set.of("tourism:ingest"));
        assertThat(of(HttpMethod.GET, "/api/v1/tourism/footfall/daily")).hasValue(Set.of("tourism:read"));
        assertThat(of(HttpMethod.POST, "/api/v1/livelihood/employment/x")).hasValue(Set.of("employment:write"));
        assertThat(of(HttpMethod.GET, "/api/v1/livelihood/employment/x")).hasValue(Set.of("livelihood:read"));
        assertThat(of(HttpMethod.GET, "/api/v1/livelihood/b/PII/1")).hasValue(Set.of("livelihood:read", "livelihood:pii"));
        assertThat(RequiredScopes.of(HttpMethod.GET, List.of("api", "v1", "livelihood", "b"), true))
                .hasValue(Set.of("livelihood:read", "livelihood:pii"));
    }

    @Test
    void lookingAPersonUpByIdNumberNeedsPii() {
        assertThat(of(HttpMethod.POST, "/api/v1/livelihood/persons/lookup"))
                .hasValue(Set.of("livelihood:read", "livelihood:pii"));
        // registering a person is a plain write; reading the masked list a plain read
        assertThat(of(HttpMethod.POST, "/api/v1/livelihood/persons")).hasValue(Set.of("livelihood:write"));
        assertThat(of(HttpMethod.GET, "/api/v1/livelihood/persons/lookup")).hasValue(Set.of("livelihood:read"));
    }

    @Test
    void nothingGrantsUnknownOrClimbingPaths() {
        assertThat(of(HttpMethod.GET, "/api/v1/finance")).isEmpty();
        assertThat(of(HttpMethod.GET, "/api/v2/indicators")).isEmpty();
        assertThat(of(HttpMethod.GET, "/api/v1/tourism/../livelihood/pii")).isEmpty();
        assertThat(of(HttpMethod.GET, "/api/v1")).isEmpty();
    }
}
