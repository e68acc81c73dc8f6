package cn.gov.zhushan.plan.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.gov.zhushan.plan.platform.test.PlatformIntegrationTest;

/** PROVISIONAL → FINAL through the API with real tokens (year 2047 is this test's own), and reporting completeness. */
class FinalFiguresIT extends PlatformIntegrationTest {

    private static final String GDP = "/api/v1/indicators/GDP/observations/360203/2047";

    @Autowired
    JsonMapper json;

    private RestClient bureau() {
        return api("statistics-bureau", "indicators:read", "indicators:write");
    }

    private RestClient finance() {
        return api("finance-bureau", "indicators:read", "indicators:write");
    }

    private ResponseEntity<String> put(RestClient client, String path, String value, String status, String reason) {
        Map<String, Object> body = new HashMap<>(Map.of("value", value, "status", status));
        if (reason != null) {
            body.put("revisionReason", reason);
        }
        return client.put().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(String.class);
    }

    @Test
    void onlyTheBureauFinalizesAFinalFigureIsLockedAndAnOfficialRevisionKeepsItsReason() {
        assertThat(put(finance(), GDP, "300.1", "FINAL", null).getStatusCode().value()).isEqualTo(403);
        assertThat(put(finance(), GDP, "300.1", "PROVISIONAL", null).getStatusCode().value()).isEqualTo(201);
        assertThat(put(bureau(), GDP, "300.2", "FINAL", null).getStatusCode().value()).isEqualTo(200);

        ResponseEntity<String> locked = put(finance(), GDP, "300.3", "FINAL", "typo");
        assertThat(locked.getStatusCode().value()).isEqualTo(409);
        assertThat(locked.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(put(bureau(), GDP, "300.3", "FINAL", null).getStatusCode().value()).isEqualTo(409);
        assertThat(put(bureau(), GDP, "300.3", "PROVISIONAL", "x").getStatusCode().value()).isEqualTo(409);
        assertThat(json.readTree(bureau().get().uri(GDP).retrieve().body(String.class)).get("value").decimalValue())
                .isEqualByComparingTo("300.2");

        assertThat(put(bureau(), GDP, "300.3", "FINAL", "第五次全国经济普查后修订").getStatusCode().value()).isEqualTo(200);
        JsonNode trail = json.readTree(bureau().get().uri(GDP + "/revisions").retrieve().body(String.class));
        assertThat(trail).hasSize(3);
        assertThat(trail.get(2).get("revisionReason").asString()).isEqualTo("第五次全国经济普查后修订");
        assertThat(trail.get(2).get("oldValue").decimalValue()).isEqualByComparingTo("300.2");
        // the same figures again are unchanged, not a refused revision
        assertThat(put(bureau(), GDP, "300.3", "FINAL", null).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void completenessCountsPerDepartmentWhatIsInAndWhatIsFinal() {
        put(bureau(), "/api/v1/indicators/RETAIL_SALES/observations/360203/2048-03", "20.1", "FINAL", null);
        put(bureau(), "/api/v1/indicators/SERVICES_REVENUE/observations/360203/2048-03", "9.8", "PROVISIONAL", null);
        JsonNode answer = json.readTree(bureau().get().uri("/api/v1/indicators/reporting/completeness/2048-03").retrieve().body(String.class));
        JsonNode statistics = null;
        for (JsonNode department : answer.get("departments")) {
            if (department.get("department").asString().equals("statistics-bureau")) {
                statistics = department;
            }
            // no annual or quarterly indicator is expected for a month
            assertThat(department.get("expected").asInt()).isPositive();
        }
        assertThat(statistics).isNotNull();
        assertThat(statistics.get("reported").asInt()).isEqualTo(2);
        assertThat(statistics.get("finalFigures").asInt()).isEqualTo(1);
        assertThat(statistics.get("notFinal").toString()).contains("SERVICES_REVENUE");
        assertThat(statistics.get("missing").toString()).doesNotContain("RETAIL_SALES").doesNotContain("\"GDP\"");
        assertThat(statistics.get("due").asBoolean()).isFalse();
    }
}
