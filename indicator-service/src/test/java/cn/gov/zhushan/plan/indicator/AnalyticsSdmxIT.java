package cn.gov.zhushan.plan.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.gov.zhushan.plan.indicator.analytics.sdmx.SdmxJsonStructure;
import cn.gov.zhushan.plan.platform.test.PlatformIntegrationTest;

/** The analytics pivot as SDMX-JSON and SDMX-CSV through the HTTP API, with figures of its own year (2046). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyticsSdmxIT extends PlatformIntegrationTest {

    private static final String ZHUSHAN = "360203";
    private static final String QUERY = "/api/v1/indicators/analytics?dx=GDP;RETAIL_SALES&pe=2046;2046-03&ou=" + ZHUSHAN + ";360202";

    @Autowired
    JsonMapper json;

    private RestClient writer() {
        return api("statistics-bureau", "indicators:read", "indicators:write");
    }

    private RestClient reader() {
        return api("dashboard", "indicators:read");
    }

    @BeforeAll
    void figures() {
        put("/api/v1/indicators/GDP/observations/" + ZHUSHAN + "/2046", Map.of("value", "279.6", "growthPercent", "4.2", "status", "FINAL"));
        put("/api/v1/indicators/RETAIL_SALES/observations/" + ZHUSHAN + "/2046-03", Map.of("value", "20.123456789", "status", "PROVISIONAL"));
    }

    private void put(String path, Object body) {
        ResponseEntity<String> answer = writer().put().uri(path).contentType(MediaType.APPLICATION_JSON).body(body)
                .retrieve().toEntity(String.class);
        assertThat(answer.getStatusCode().is2xxSuccessful()).as(answer.getBody()).isTrue();
    }

    @Test
    void sdmxJsonByFormatParameterHoldsTheFiguresWithIndicatorRegionAndPeriodAsDimensions() {
        ResponseEntity<String> answer = reader().get().uri(QUERY + "&format=sdmx-json").retrieve().toEntity(String.class);
        assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/vnd.sdmx.data+json");
        JsonNode message = json.readTree(answer.getBody());
        assertThat(SdmxJsonStructure.problems(message)).isEmpty();
        JsonNode dimensions = message.at("/data/structures/0/dimensions/observation");
        assertThat(dimensions.get(0).path("id").asString()).isEqualTo("INDICATOR");
        assertThat(dimensions.get(0).at("/values/0/name").asString()).isEqualTo("地区生产总值");
        assertThat(dimensions.get(1).at("/values/0/id").asString()).isEqualTo(ZHUSHAN);
        assertThat(dimensions.get(2).at("/values/1/value").asString()).isEqualTo("2046-03");
        JsonNode observations = message.at("/data/dataSets/0/observations");
        assertThat(observations.size()).isEqualTo(2);
        assertThat(observations.get("0:0:0").get(0).decimalValue()).isEqualByComparingTo("279.6");
        assertThat(observations.get("0:0:0").get(1).decimalValue()).isEqualByComparingTo("4.2");
        assertThat(observations.get("1:0:1").get(0).decimalValue()).isEqualByComparingTo("20.123456789");
        assertThat(message.at("/meta/prepared").asString()).endsWith("+08:00");
    }

    @Test
    void sdmxCsvByAcceptHeaderWritesOneRowPerObservation() {
        ResponseEntity<String> answer = reader().get().uri(QUERY)
                .header("Accept", "application/vnd.sdmx.data+csv;version=2.0.0").retrieve().toEntity(String.class);
        assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/vnd.sdmx.data+csv");
        assertThat(answer.getBody()).isEqualTo("""
                STRUCTURE,STRUCTURE_ID,ACTION,INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,GROWTH_RATE,OBS_STATUS,UNIT_MEASURE,UNIT_MULT,GROWTH_BASIS
                dataflow,ZHUSHAN_DRC:DF_PLAN_INDICATORS(1.0),I,GDP,360203,2046,279.6,4.2,A,CNY,8,REPORTED
                dataflow,ZHUSHAN_DRC:DF_PLAN_INDICATORS(1.0),I,RETAIL_SALES,360203,2046-03,20.123456789,,P,CNY,8,
                """);
    }

    @Test
    void anUnknownFormatIsA400ProblemAndThePlainCsvIsUnchanged() {
        ResponseEntity<String> refused = reader().get().uri(QUERY + "&format=sdmx-xml").retrieve().toEntity(String.class);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        String csv = reader().get().uri(QUERY + "&format=csv").retrieve().body(String.class);
        assertThat(csv).startsWith("dx,pe,ou,value,growthPercent,growthReported,status\n")
                .contains("GDP,2046,360203,279.6,4.2,true,FINAL\n");
    }
}
