package cn.gov.zhushan.plan.indicator.registry;

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

/** Editing the indicator catalogue through the API with real tokens: scope, audit, the rules, and the seed refresh. */
class CatalogueEditingIT extends PlatformIntegrationTest {

    private static final String PATH = "/api/v1/indicators/catalogue/indicators/";

    @Autowired
    JsonMapper json;
    @Autowired
    CatalogueRefresh refresh;
    @Autowired
    IndicatorRepository indicators;

    private RestClient admin() {
        return api("statistics-bureau", "indicators:read", "indicators:write", "indicators:admin");
    }

    private RestClient writer() {
        return api("statistics-bureau", "indicators:read", "indicators:write");
    }

    private static Map<String, Object> definition(String nameZh, String unit, int multiplier) {
        Map<String, Object> body = new HashMap<>(Map.of("nameZh", nameZh, "nameEn", "Rural roads built", "unit", unit,
                "unitMultiplier", multiplier, "decimals", 1, "periodicity", "ANNUAL", "polarity", "HIGHER_IS_BETTER",
                "reportedAs", "LEVEL", "department", "transport-bureau", "aggregation", "SUM"));
        body.put("category", "INFRASTRUCTURE");
        body.put("reportingDueDay", 20);
        return body;
    }

    private ResponseEntity<String> put(RestClient client, String path, Object body) {
        return client.put().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(String.class);
    }

    @Test
    void anAdministratorDefinesAnIndicatorEveryChangeIsKeptAndStoredFiguresFixItsUnit() {
        ResponseEntity<String> noAdmin = put(writer(), PATH + "RURAL_ROADS_BUILT", definition("农村公路建设", "公里", 0));
        assertThat(noAdmin.getStatusCode().value()).isEqualTo(403);
        assertThat(indicators.existsById("RURAL_ROADS_BUILT")).isFalse();

        assertThat(put(admin(), PATH + "RURAL_ROADS_BUILT", definition("农村公路建设", "公里", 0)).getStatusCode().value()).isEqualTo(201);
        JsonNode again = json.readTree(put(admin(), PATH + "RURAL_ROADS_BUILT", definition("农村公路建设", "公里", 0)).getBody());
        assertThat(again.get("outcome").asString()).isEqualTo("UNCHANGED");
        JsonNode renamed = json.readTree(put(admin(), PATH + "RURAL_ROADS_BUILT", definition("新改建农村公路", "公里", 0)).getBody());
        assertThat(renamed.get("outcome").asString()).isEqualTo("UPDATED");
        assertThat(json.readTree(writer().get().uri("/api/v1/indicators/RURAL_ROADS_BUILT").retrieve().body(String.class))
                .get("nameZh").asString()).isEqualTo("新改建农村公路");

        // a figure under it fixes its unit: 12.5 公里 must not become 12.5 万公里
        ResponseEntity<String> figure = put(writer(), "/api/v1/indicators/RURAL_ROADS_BUILT/observations/360203/2024",
                Map.of("value", "12.5", "status", "FINAL"));
        assertThat(figure.getStatusCode().value()).as(figure.getBody()).isEqualTo(201);
        ResponseEntity<String> rescaled = put(admin(), PATH + "RURAL_ROADS_BUILT", definition("新改建农村公路", "公里", 4));
        assertThat(rescaled.getStatusCode().value()).isEqualTo(409);
        assertThat(rescaled.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(rescaled.getBody()).contains("unitMultiplier");

        JsonNode changes = json.readTree(writer().get().uri(PATH + "RURAL_ROADS_BUILT/changes").retrieve().body(String.class));
        assertThat(changes).hasSize(2);
        assertThat(changes.get(0).at("/after/nameZh").asString()).isEqualTo("新改建农村公路");
        assertThat(changes.get(0).at("/before/nameZh").asString()).isEqualTo("农村公路建设");
        assertThat(changes.get(1).get("before").isNull()).isTrue();
        assertThat(changes.get(0).get("changedBy").asString()).isEqualTo("statistics-bureau");
    }

    @Test
    void aBadDefinitionIsA400ProblemAndChangesNothing() {
        Map<String, Object> cumulativeSummed = definition("月度指标", "亿元", 8);
        cumulativeSummed.put("periodicity", "MONTHLY");
        cumulativeSummed.put("publishedAs", "CUMULATIVE");
        cumulativeSummed.put("yearFrom", "SUM");
        ResponseEntity<String> refused = put(admin(), PATH + "MONTHLY_THING", cumulativeSummed);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody()).contains("yearFrom");
        Map<String, Object> badPolarity = definition("x", "个", 0);
        badPolarity.put("polarity", "UP");
        assertThat(put(admin(), PATH + "MONTHLY_THING", badPolarity).getStatusCode().value()).isEqualTo(400);
        assertThat(indicators.existsById("MONTHLY_THING")).isFalse();
    }

    @Test
    void theSeedNoLongerOverwritesAnIndicatorItsAdministratorsChanged() throws Exception {
        Indicator seeded = indicators.findById("TELECOM_FRAUD_CASES_SOLVED").orElseThrow();
        Map<String, Object> body = new HashMap<>(json.convertValue(seeded, Map.class));
        body.remove("code");
        body.put("nameZh", "破获电信网络诈骗案件");
        assertThat(put(admin(), PATH + "TELECOM_FRAUD_CASES_SOLVED", body).getStatusCode().value()).isEqualTo(200);
        try {
            refresh.run(null);
            assertThat(indicators.findById("TELECOM_FRAUD_CASES_SOLVED").orElseThrow().nameZh()).isEqualTo("破获电信网络诈骗案件");
        } finally {
            body.put("nameZh", seeded.nameZh());
            put(admin(), PATH + "TELECOM_FRAUD_CASES_SOLVED", body);
        }
    }
}
