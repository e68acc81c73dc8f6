package cn.gov.zhushan.plan.indicator.analytics.sdmx;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import cn.gov.zhushan.plan.indicator.periods.Period;
import cn.gov.zhushan.plan.indicator.registry.Indicator;

class SdmxDataMessageTest {

    static final Indicator GDP = new Indicator("GDP", "地区生产总值", "Gross domestic product", "亿元", 8, 1, "QUARTERLY",
            "HIGHER_IS_BETTER", "LEVEL_AND_GROWTH", "统计局", "SUM", "OUTPUT", "COMPARABLE", null, null, null);
    static final Indicator PM25 = new Indicator("PM25", "PM2.5平均浓度", "PM2.5", "μg/m³", 0, 1, "MONTHLY",
            "LOWER_IS_BETTER", "LEVEL", "生态环境局", "AVERAGE", "ENVIRONMENT", null, null, null, null);

    // decimals read as BigDecimal, as any exact consumer of the message would
    final JsonMapper json = JsonMapper.builder().enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    JsonNode message() {
        List<SdmxObservation> observations = List.of(
                new SdmxObservation(GDP, "360203", Period.parse("2024"), new BigDecimal("279.6"), new BigDecimal("4.2"), true, "FINAL"),
                new SdmxObservation(GDP, "360202", Period.parse("2024Q3"), new BigDecimal("200.12345678901234567890"), null, false, "PROVISIONAL"),
                new SdmxObservation(PM25, "360203", Period.parse("2024-01_02"), new BigDecimal("31"), new BigDecimal("-3.1"), false, "FINAL"));
        Map<String, Object> message = SdmxDataMessage.of("ZS-test-1", Instant.parse("2025-01-20T02:00:00Z"), ZoneId.of("Asia/Shanghai"),
                List.of(new SdmxItem("GDP", "地区生产总值", "GDP"), new SdmxItem("PM25", "PM2.5平均浓度", null)),
                List.of(new SdmxItem("360203", "珠山区", "Zhushan"), new SdmxItem("360202", "昌江区", "Changjiang")),
                List.of(Period.parse("2024"), Period.parse("2024Q3"), Period.parse("2024-01_02")), observations);
        return json.readTree(json.writeValueAsString(message));
    }

    @Test
    void theMessageHasEverythingTheSchemaRequiresAndEveryPositionPointsAtAValue() {
        JsonNode message = message();
        assertThat(SdmxJsonStructure.problems(message)).isEmpty();
        assertThat(message.at("/meta/prepared").asString()).isEqualTo("2025-01-20T10:00+08:00");
        assertThat(message.at("/data/structures/0/dimensions/observation/2/values/2/value").asString()).isEqualTo("2024-01-01/P2M");
    }

    @Test
    void valuesAreTheStoredDecimalsAndAttributesSayStatusUnitScaleAndGrowthBasis() {
        JsonNode message = message();
        JsonNode observations = message.at("/data/dataSets/0/observations");
        JsonNode attributes = message.at("/data/structures/0/attributes/observation");
        // GDP (0), Zhushan (0), 2024 (0): 279.6 亿元, growth 4.2 as reported, final
        JsonNode gdp = observations.get("0:0:0");
        assertThat(gdp.get(0).decimalValue()).isEqualByComparingTo("279.6");
        assertThat(gdp.get(1).decimalValue()).isEqualByComparingTo("4.2");
        assertThat(attributes.get(0).path("values").get(gdp.get(2).asInt()).path("id").asString()).isEqualTo("A");
        assertThat(attributes.get(1).path("values").get(gdp.get(3).asInt()).path("id").asString()).isEqualTo("CNY");
        assertThat(attributes.get(2).path("values").get(gdp.get(4).asInt()).path("value").asString()).isEqualTo("8");
        assertThat(attributes.get(3).path("values").get(gdp.get(5).asInt()).path("id").asString()).isEqualTo("REPORTED");
        // no rounding on the way out
        JsonNode quarter = observations.get("0:1:1");
        assertThat(quarter.get(0).decimalValue()).isEqualTo(new BigDecimal("200.12345678901234567890"));
        assertThat(quarter.get(1).isNull()).isTrue();
        assertThat(attributes.get(0).path("values").get(quarter.get(2).asInt()).path("id").asString()).isEqualTo("P");
        assertThat(quarter.get(5).isNull()).isTrue();
        JsonNode pm = observations.get("1:0:2");
        assertThat(attributes.get(1).path("values").get(pm.get(3).asInt()).path("id").asString()).isEqualTo("UG_M3");
        assertThat(attributes.get(3).path("values").get(pm.get(5).asInt()).path("id").asString()).isEqualTo("DERIVED");
        assertThat(observations.size()).isEqualTo(3);
    }

    @Test
    void theStructureCheckFindsAKeyThatPointsPastItsDimensionAndAMissingLink() {
        ObjectNode broken = (ObjectNode) message();
        ObjectNode observations = (ObjectNode) broken.at("/data/dataSets/0/observations");
        observations.set("5:0:0", observations.get("0:0:0"));
        ((ObjectNode) broken.at("/data/dataSets/0")).remove("links");
        assertThat(SdmxJsonStructure.problems(broken))
                .anyMatch(p -> p.contains("5:0:0") && p.contains("past dimension 0"))
                .anyMatch(p -> p.contains("dataSet.links is required"));
    }

    @Test
    void sdmxCsvLeadsWithTheStructureAndWritesCodesAndPlainNumbers() {
        String csv = SdmxCsv.of(List.of(
                new SdmxObservation(GDP, "360203", Period.parse("2024H1"), new BigDecimal("1.2E+2"), new BigDecimal("4.2"), true, "FINAL")));
        assertThat(csv).isEqualTo("""
                STRUCTURE,STRUCTURE_ID,ACTION,INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,GROWTH_RATE,OBS_STATUS,UNIT_MEASURE,UNIT_MULT,GROWTH_BASIS
                dataflow,ZHUSHAN_DRC:DF_PLAN_INDICATORS(1.0),I,GDP,360203,2024-S1,120,4.2,A,CNY,8,REPORTED
                """);
    }
}
