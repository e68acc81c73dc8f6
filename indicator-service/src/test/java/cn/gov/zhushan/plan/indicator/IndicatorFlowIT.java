package cn.gov.zhushan.plan.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.gov.zhushan.plan.indicator.observations.ObservationRepository;
import cn.gov.zhushan.plan.platform.test.OpenApiDocument;
import cn.gov.zhushan.plan.platform.test.PlatformIntegrationTest;
import cn.gov.zhushan.plan.platform.test.TopicProbe;

/**
 * Observations, targets and monitoring through the HTTP API, the Mongo wire protocol and the real broker,
 * with the 2024 report's figures. Each test uses its own years so that they do not meet.
 */
class IndicatorFlowIT extends PlatformIntegrationTest {

    private static final String TOPIC = "plan.indicators.v1";
    private static final String ZHUSHAN = "360203";

    @Autowired
    JsonMapper json;
    @Autowired
    ObservationRepository observations;

    private RestClient writer() {
        return api("statistics-bureau", "indicators:read", "indicators:write");
    }

    private ResponseEntity<String> put(String path, Object body) {
        return writer().put().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(String.class);
    }

    private JsonNode get(String path) {
        return json.readTree(writer().get().uri(path).retrieve().body(String.class));
    }

    /** The distinct events (by ce_id: delivery is at least once, subscribers dedupe on it) of one key, in order. */
    private List<ConsumerRecord<String, byte[]>> events(String key, int atLeast) {
        List<ConsumerRecord<String, byte[]>> read = TopicProbe.read(BACKENDS.kafkaBootstrapServers(), TOPIC,
                records -> records.stream().filter(r -> key.equals(r.key())).map(r -> TopicProbe.header(r, "ce_id"))
                        .distinct().count() >= atLeast, Duration.ofSeconds(20));
        java.util.Set<String> seen = new java.util.HashSet<>();
        return read.stream().filter(r -> key.equals(r.key())).filter(r -> seen.add(TopicProbe.header(r, "ce_id"))).toList();
    }

    @Test
    void anObservationIsRecordedOnceRevisedWithItsAuditTrailAndPublished() {
        String path = "/api/v1/indicators/GDP/observations/" + ZHUSHAN + "/2024";
        Map<String, Object> gdp = Map.of("value", "279.6", "growthPercent", "4.2", "status", "PROVISIONAL");
        assertThat(put(path, gdp).getStatusCode().value()).isEqualTo(201);
        assertThat(json.readTree(put(path, gdp).getBody()).get("outcome").asString()).isEqualTo("UNCHANGED");
        Instant beforeRevision = Instant.now();
        JsonNode revised = json.readTree(put(path, Map.of("value", "279.62", "growthPercent", "4.2", "status", "FINAL")).getBody());
        assertThat(revised.get("outcome").asString()).isEqualTo("UPDATED");
        assertThat(revised.at("/observation/growthReported").asBoolean()).isTrue();

        JsonNode trail = get(path + "/revisions");
        assertThat(trail).hasSize(2);
        assertThat(trail.get(1).get("oldValue").decimalValue()).isEqualByComparingTo("279.6");
        assertThat(trail.get(1).get("newValue").decimalValue()).isEqualByComparingTo("279.62");
        assertThat(trail.get(1).get("changedBy").asString()).isEqualTo("statistics-bureau");
        assertThat(get(path + "?asOf=" + beforeRevision).get("value").decimalValue()).isEqualByComparingTo("279.6");
        assertThat(get(path).get("value").decimalValue()).isEqualByComparingTo("279.62");
        assertThat(get(path).get("approximate").asBoolean()).isFalse();

        // an approximate figure as published: 约4.8亿元 of tax and fee cuts
        String cuts = "/api/v1/indicators/TAX_FEE_CUTS/observations/" + ZHUSHAN + "/2043";
        JsonNode about = json.readTree(put(cuts, Map.of("value", "4.8", "approximation", "约")).getBody());
        assertThat(about.at("/observation/approximate").asBoolean()).isTrue();
        assertThat(about.at("/observation/approximation").asString()).isEqualTo("约");
        assertField(put(cuts, Map.of("value", "4.8", "approximation", "大概")), 400, "approximation");

        List<ConsumerRecord<String, byte[]>> published = events("GDP:" + ZHUSHAN + ":2024", 2);
        assertThat(published).hasSize(2).allSatisfy(r -> assertThat(TopicProbe.header(r, "ce_type"))
                .isEqualTo("cn.gov.zhushan.plan.indicators.observation-recorded.v1"));
        assertThat(json.readTree(published.get(1).value()).get("previousValue").decimalValue()).isEqualByComparingTo("279.6");
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsWritten() {
        long before = observations.count();
        assertField(put("/api/v1/indicators/GDP/observations/" + ZHUSHAN + "/2024Q5", Map.of("value", "1")), 400, "period");
        assertField(put("/api/v1/indicators/GDP/observations/" + ZHUSHAN + "/2024-13", Map.of("value", "1")), 400, "period");
        assertField(put("/api/v1/indicators/PM25_ANNUAL_MEAN/observations/" + ZHUSHAN + "/2024", Map.of("value", "20.4", "growthPercent", "-3")), 422, "growthPercent");
        assertField(put("/api/v1/indicators/INDUSTRIAL_VALUE_ADDED/observations/" + ZHUSHAN + "/2024", Map.of("value", "5")), 422, "value");
        assertField(put("/api/v1/indicators/RETAIL_SALES/observations/" + ZHUSHAN + "/2024", Map.of("value", "-1")), 422, "value");
        assertField(put("/api/v1/indicators/NO_SUCH/observations/" + ZHUSHAN + "/2024", Map.of("value", "1")), 404, "indicator");
        assertField(put("/api/v1/indicators/GDP/observations/999999/2024", Map.of("value", "1")), 404, "region");
        assertField(put("/api/v1/indicators/NEW_MARKET_ENTITIES/observations/" + ZHUSHAN + "/2024Q1", Map.of("value", "1")), 422, "period");
        ResponseEntity<String> notNumber = put("/api/v1/indicators/GDP/observations/" + ZHUSHAN + "/2023", Map.of("value", "NaN"));
        assertThat(notNumber.getStatusCode().value()).isEqualTo(400);
        assertThat(notNumber.getBody()).contains("value");
        assertThat(observations.count()).isEqualTo(before);
        assertThat(api("reader", "indicators:read").put().uri("/api/v1/indicators/GDP/observations/" + ZHUSHAN + "/2020")
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("value", "1")).retrieve().toEntity(String.class)
                .getStatusCode().value()).isEqualTo(403);
    }

    private void assertField(ResponseEntity<String> response, int status, String field) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType().toString()).contains("problem+json");
        assertThat(json.readTree(response.getBody()).at("/errors/0/field").asString()).isEqualTo(field);
    }

    @Test
    void theGdpTargetImpliesALevelAndWarningsAreRaisedAndClearedOnlyOnChange() {
        // base 2034 (a stand-in for 2024): 279.6亿元; target for 2035: about +5%
        put("/api/v1/indicators/GDP/observations/" + ZHUSHAN + "/2034", Map.of("value", "279.6", "growthPercent", "4.2"));
        ResponseEntity<String> target = put("/api/v1/indicators/GDP/targets/" + ZHUSHAN + "/2035",
                Map.of("kind", "GROWTH", "comparator", "ABOUT", "value", "5", "importance", "HIGH"));
        assertThat(target.getStatusCode().value()).isEqualTo(201);
        JsonNode view = json.readTree(target.getBody());
        assertThat(view.get("impliedLevel").decimalValue()).isEqualByComparingTo("293.58");
        assertThat(view.get("tolerance").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(view.get("toleranceSource").asString()).isEqualTo("DEFAULT_OUTPUT");
        assertThat(view.at("/band/lower").decimalValue()).isEqualByComparingTo("4.5");
        assertThat(view.get("impliedLevelPrices").asString()).isEqualTo("COMPARABLE_PRICES_OF_2034");
        String monitoring = "/api/v1/indicators/monitoring/GDP/" + ZHUSHAN + "/2035";
        assertThat(get(monitoring).get("status").asString()).isEqualTo("NO_DATA");

        String q1 = "/api/v1/indicators/GDP/observations/" + ZHUSHAN + "/2035Q1";
        put(q1, Map.of("value", "66.0", "growthPercent", "4.2"));
        assertThat(get(monitoring).get("status").asString()).isEqualTo("AT_RISK");
        put(q1, Map.of("value", "66.1", "growthPercent", "4.3")); // still at risk: no second warning
        assertThat(get(monitoring).get("shortfall").decimalValue()).isEqualByComparingTo("0.2");
        put("/api/v1/indicators/GDP/observations/" + ZHUSHAN + "/2035Q2", Map.of("value", "70.0", "growthPercent", "5.1"));
        JsonNode result = get(monitoring);
        assertThat(result.get("status").asString()).isEqualTo("ON_TRACK");
        assertThat(result.get("history")).hasSize(3);
        assertThat(writer().post().uri("/api/v1/indicators/monitoring/evaluations").retrieve().body(String.class))
                .contains("\"statusesChanged\":0");

        List<ConsumerRecord<String, byte[]>> published = events("GDP:" + ZHUSHAN + ":2035", 3);
        assertThat(published).extracting(r -> TopicProbe.header(r, "ce_type")).containsExactly(
                "cn.gov.zhushan.plan.indicators.target-set.v1",
                "cn.gov.zhushan.plan.indicators.warning-raised.v1",
                "cn.gov.zhushan.plan.indicators.warning-cleared.v1");
        JsonNode raised = json.readTree(published.get(1).value());
        assertThat(raised.get("status").asString()).isEqualTo("AT_RISK");
        assertThat(raised.get("importance").asString()).isEqualTo("HIGH");
        assertThat(raised.get("measure").decimalValue()).isEqualByComparingTo("4.2");
    }

    @Test
    void aboutHasABandPerKindOfIndicatorAndBudgetExpenditureIsJudgedInsideItsBand() {
        // budget revenue "about 1.1%" (2039 stands in for 2025): fiscal targets default to ±0.2 points, so 0.6% misses
        JsonNode revenue = json.readTree(put("/api/v1/indicators/BUDGET_REVENUE/targets/" + ZHUSHAN + "/2039",
                Map.of("kind", "GROWTH", "comparator", "ABOUT", "value", "1.1")).getBody());
        assertThat(revenue.get("tolerance").decimalValue()).isEqualByComparingTo("0.2");
        assertThat(revenue.get("toleranceSource").asString()).isEqualTo("DEFAULT_FISCAL");
        assertThat(revenue.at("/band/lower").decimalValue()).isEqualByComparingTo("0.9");
        assertThat(revenue.get("impliedLevelPrices").isNull()).isTrue(); // no 2038 base recorded: no implied level
        put("/api/v1/indicators/BUDGET_REVENUE/observations/" + ZHUSHAN + "/2039", Map.of("value", "6.72", "growthPercent", "0.6"));
        JsonNode missed = get("/api/v1/indicators/monitoring/BUDGET_REVENUE/" + ZHUSHAN + "/2039");
        assertThat(missed.get("status").asString()).isEqualTo("OFF_TRACK");
        assertThat(missed.get("threshold").decimalValue()).isEqualByComparingTo("0.9");

        // budget expenditure about 21.09亿元 with ±0.2: neither side is better, 22 misses the band from above
        JsonNode expenditure = json.readTree(put("/api/v1/indicators/BUDGET_EXPENDITURE/targets/" + ZHUSHAN + "/2039",
                Map.of("kind", "LEVEL", "comparator", "ABOUT", "value", "21.09", "tolerance", "0.2")).getBody());
        assertThat(expenditure.get("direction").asString()).isEqualTo("WITHIN_BAND");
        assertThat(expenditure.at("/band/upper").decimalValue()).isEqualByComparingTo("21.29");
        assertThat(expenditure.get("toleranceSource").asString()).isEqualTo("TARGET");
        put("/api/v1/indicators/BUDGET_EXPENDITURE/observations/" + ZHUSHAN + "/2039", Map.of("value", "22"));
        JsonNode over = get("/api/v1/indicators/monitoring/BUDGET_EXPENDITURE/" + ZHUSHAN + "/2039");
        assertThat(over.get("status").asString()).isEqualTo("OFF_TRACK");
        assertThat(over.get("threshold").decimalValue()).isEqualByComparingTo("21.29");
        assertThat(over.get("shortfall").decimalValue()).isEqualByComparingTo("0.71");
    }

    @Test
    void yearToDateAndGrowthFollowHowEachIndicatorIsPublished() {
        // retail sales, cumulative (2040 stands in for 2025): 1–2月 then 1–3月, each with its year-to-date growth
        put("/api/v1/indicators/RETAIL_SALES/observations/" + ZHUSHAN + "/2040-01_02", Map.of("value", "38.9", "growthPercent", "5.1"));
        put("/api/v1/indicators/RETAIL_SALES/observations/" + ZHUSHAN + "/2040-03", Map.of("value", "57.6", "growthPercent", "4.9"));
        JsonNode retail = get("/api/v1/indicators/RETAIL_SALES/derived/" + ZHUSHAN + "/2040-03");
        assertThat(retail.get("yearToDate").decimalValue()).isEqualByComparingTo("57.6");
        assertThat(retail.get("yearToDateGrowthPercent").decimalValue()).isEqualByComparingTo("4.9");
        assertThat(retail.get("yearFrom").asString()).isEqualTo("LAST_VALUE");
        // PM2.5, per month, the year to date a mean weighted by months: (30 × 2 + 18) / 3 = 26
        put("/api/v1/indicators/PM25_ANNUAL_MEAN/observations/" + ZHUSHAN + "/2040-01_02", Map.of("value", "30"));
        put("/api/v1/indicators/PM25_ANNUAL_MEAN/observations/" + ZHUSHAN + "/2040-03", Map.of("value", "18"));
        JsonNode pm25 = get("/api/v1/indicators/PM25_ANNUAL_MEAN/derived/" + ZHUSHAN + "/2040-03");
        assertThat(pm25.get("yearToDate").decimalValue()).isEqualByComparingTo("26.0");
        assertThat(pm25.get("yearFrom").asString()).isEqualTo("MEAN");
        // half-years are periods of their own; a quarterly indicator takes no 1–2月
        assertThat(put("/api/v1/indicators/GDP/observations/" + ZHUSHAN + "/2040H1", Map.of("value", "139.1", "growthPercent", "5.2"))
                .getStatusCode().value()).isEqualTo(201);
        assertField(put("/api/v1/indicators/GDP/observations/" + ZHUSHAN + "/2040-01_02", Map.of("value", "40")), 422, "period");
    }

    @Test
    void monitoringShowsTheBandThePathAlongLastYearsShapeAndTheProjection() {
        // key-project investment, cumulative (2041 stands in for 2024, 2042 for 2025): last year's months end at 34.13亿元
        String base = "/api/v1/indicators/KEY_PROJECT_INVESTMENT/observations/" + ZHUSHAN + "/";
        put(base + "2041-01_02", Map.of("value", "3.0"));
        for (int month = 3; month <= 11; month++) {
            put(base + String.format("2041-%02d", month), Map.of("value", String.valueOf(6 + (month - 3) * 3)));
        }
        put(base + "2041-12", Map.of("value", "34.13"));
        JsonNode target = json.readTree(put("/api/v1/indicators/KEY_PROJECT_INVESTMENT/targets/" + ZHUSHAN + "/2042",
                Map.of("kind", "LEVEL", "comparator", "AT_LEAST", "value", "36", "importance", "HIGH")).getBody());
        assertThat(target.get("pathShape").asString()).isEqualTo("LAST_YEAR");
        assertThat(target.get("trajectory")).hasSize(11);
        // 36 × 6.0 / 34.13 = 6.3287... due by March, rounded once
        assertThat(target.at("/trajectory/1/expected").decimalValue()).isEqualByComparingTo("6.33");
        assertThat(target.at("/trajectory/10/expected").decimalValue()).isEqualByComparingTo("36.00");

        put(base + "2042-03", Map.of("value", "6.1"));
        JsonNode all = get("/api/v1/indicators/monitoring?year=2042");
        assertThat(all).hasSize(1);
        JsonNode result = all.get(0);
        assertThat(result.get("status").asString()).isEqualTo("AT_RISK");
        assertThat(result.at("/band/lower").decimalValue()).isEqualByComparingTo("36");
        assertThat(result.get("pathShape").asString()).isEqualTo("LAST_YEAR");
        assertThat(result.get("path")).hasSize(11);
        assertThat(result.get("expected").decimalValue()).isEqualByComparingTo("6.33");
        // 6.1 × 34.13 / 6.0 = 34.698... -> 34.70: 1.30 short of 36
        assertThat(result.get("projection").decimalValue()).isEqualByComparingTo("34.70");
        assertThat(result.get("projectedShortfall").decimalValue()).isEqualByComparingTo("1.3");
        assertThat(result.get("projectionMissesBand").asBoolean()).isTrue();

        List<ConsumerRecord<String, byte[]>> published = events("KEY_PROJECT_INVESTMENT:" + ZHUSHAN + ":2042", 2);
        JsonNode raised = json.readTree(published.get(1).value());
        assertThat(TopicProbe.header(published.get(1), "ce_type")).isEqualTo("cn.gov.zhushan.plan.indicators.warning-raised.v1");
        assertThat(raised.get("projectedShortfall").decimalValue()).isEqualByComparingTo("1.3");
    }

    @Test
    void aFigureDueByTheReportingCalendarThatHasNotComeIsOverdueWithTimeAlone() {
        // good-air days in Changjiang for 2025: by the service's clock (an Asia/Shanghai day after 15 January 2026)
        // December's figure was due by 15 January 2026 and none came
        assertThat(put("/api/v1/indicators/AIR_GOOD_DAYS_RATIO/targets/360202/2025",
                Map.of("kind", "LEVEL", "comparator", "AT_LEAST", "value", "95")).getStatusCode().value()).isEqualTo(201);
        JsonNode result = get("/api/v1/indicators/monitoring/AIR_GOOD_DAYS_RATIO/360202/2025");
        assertThat(result.get("status").asString()).isEqualTo("DATA_OVERDUE");
        assertThat(result.at("/dataOverdue/period").asString()).isEqualTo("2025-12");
        assertThat(result.at("/dataOverdue/dueDate").asString()).isEqualTo("2026-01-15");
        assertThat(events("AIR_GOOD_DAYS_RATIO:360202:2025", 2)).extracting(r -> TopicProbe.header(r, "ce_type"))
                .contains("cn.gov.zhushan.plan.indicators.warning-raised.v1");
    }

    @Test
    void pm25IsRankedLowestFirstAmongThePeers() {
        // every peer of Jingdezhen reports (the development zones too): only then is a rank computed
        Map<String, String> pm25 = Map.of("360202", "22.1", ZHUSHAN, "20.4", "360222", "18.9", "360281", "24.0",
                "360291", "21.0", "360292", "23.3", "360293", "25.1");
        pm25.forEach((region, value) -> put("/api/v1/indicators/PM25_ANNUAL_MEAN/observations/" + region + "/2036",
                Map.of("value", value)));
        JsonNode derived = get("/api/v1/indicators/PM25_ANNUAL_MEAN/derived/" + ZHUSHAN + "/2036");
        assertThat(derived.get("rank").asInt()).isEqualTo(2);
        assertThat(derived.get("leader").asString()).isEqualTo("360222");
        assertThat(derived.get("gapToLeader").decimalValue()).isEqualByComparingTo("1.5");
        assertThat(derived.get("peersRanked").asInt()).isEqualTo(7);
        assertThat(derived.get("peersReported").asInt()).isEqualTo(7);
    }

    @Test
    void theOfficialRankIsReturnedAsReportedAndNoRankIsMadeUpWhilePeersAreMissing() {
        // 2038 stands in for 2024: Zhushan alone reports industrial value added (+6.7%), the report says 全市第二
        String period = "/" + ZHUSHAN + "/2038";
        put("/api/v1/indicators/INDUSTRIAL_VALUE_ADDED/observations" + period, Map.of("growthPercent", "6.7"));
        ResponseEntity<String> recorded = put("/api/v1/indicators/INDUSTRIAL_VALUE_ADDED/official-ranks" + period,
                Map.of("label", "全市第二", "source", "珠山区2024年计划执行情况报告"));
        assertThat(recorded.getStatusCode().value()).as(recorded.getBody()).isEqualTo(201);
        assertThat(put("/api/v1/indicators/INDUSTRIAL_VALUE_ADDED/official-ranks" + period,
                Map.of("label", "全市第二", "source", "珠山区2024年计划执行情况报告")).getStatusCode().value()).isEqualTo(200);
        assertField(put("/api/v1/indicators/INDUSTRIAL_VALUE_ADDED/official-ranks" + period,
                Map.of("label", "很好", "source", "x")), 422, "label");

        JsonNode derived = get("/api/v1/indicators/INDUSTRIAL_VALUE_ADDED/derived" + period);
        assertThat(derived.get("officialRanks")).hasSize(1);
        assertThat(derived.at("/officialRanks/0/label").asString()).isEqualTo("全市第二");
        assertThat(derived.at("/officialRanks/0/scope").asString()).isEqualTo("CITY");
        assertThat(derived.at("/officialRanks/0/position").asInt()).isEqualTo(2);
        assertThat(derived.at("/officialRanks/0/source").asString()).contains("执行情况");
        assertThat(derived.get("rank").isNull()).isTrue();
        assertThat(derived.get("peers").asInt()).isEqualTo(7);
        assertThat(derived.get("peersReported").asInt()).isEqualTo(1);
        assertThat(derived.get("peersMissing")).hasSize(6);
        assertThat(derived.get("ranking")).isEmpty();
        assertThat(derived.get("rankNote").asString()).startsWith("1 of 7 peers reported");

        JsonNode zone = get("/api/v1/indicators/regions/360291");
        assertThat(zone.get("codeScheme").asString()).isEqualTo("LOCAL");
        assertThat(get("/api/v1/indicators/regions/360281").get("level").asString()).isEqualTo("COUNTY_CITY");
    }

    @Test
    void importsCheckEveryRowAndStrictOnesWriteNothingOnARefusal() {
        String csv = """
                indicator,region,period,value,growthPercent,sourceDepartment,status
                RETAIL_SALES,360203,2037-01,20.1,,statistics-bureau,FINAL
                RETAIL_SALES,360203,2037-02,19.5,,statistics-bureau,PROVISIONAL
                RETAIL_SALES,360203,2037-13,19.5,,statistics-bureau,FINAL
                RETAIL_SALES,360203,2037-03,abc,,statistics-bureau,FINAL
                """;
        RestClient client = writer();
        ResponseEntity<String> strict = client.post().uri("/api/v1/indicators/imports?strict=true")
                .contentType(MediaType.parseMediaType("text/csv")).body(csv).retrieve().toEntity(String.class);
        assertThat(strict.getStatusCode().value()).isEqualTo(422);
        JsonNode rejected = json.readTree(strict.getBody()).at("/summary/rejected");
        assertThat(rejected).hasSize(2);
        assertThat(rejected.get(0).get("row").asInt()).isEqualTo(3);
        assertThat(rejected.get(0).get("field").asString()).isEqualTo("period");
        assertThat(rejected.get(1).get("field").asString()).isEqualTo("value");
        assertThat(observations.existsById("RETAIL_SALES:360203:2037-01")).isFalse();

        JsonNode dryRun = json.readTree(client.post().uri("/api/v1/indicators/imports?dryRun=true")
                .contentType(MediaType.parseMediaType("text/csv")).body(csv).retrieve().body(String.class));
        assertThat(dryRun.get("created").asInt()).isEqualTo(2);
        assertThat(dryRun.get("written").asBoolean()).isFalse();
        assertThat(observations.existsById("RETAIL_SALES:360203:2037-01")).isFalse();

        JsonNode lenient = json.readTree(client.post().uri("/api/v1/indicators/imports")
                .contentType(MediaType.parseMediaType("text/csv")).body(csv).retrieve().body(String.class));
        assertThat(lenient.get("created").asInt()).isEqualTo(2);
        assertThat(lenient.get("rejected")).hasSize(2);

        ResponseEntity<String> againResponse = client.post().uri("/api/v1/indicators/imports").contentType(MediaType.APPLICATION_JSON)
                .body(List.of(Map.of("indicator", "RETAIL_SALES", "region", ZHUSHAN, "period", "2037-01", "value", 20.1,
                                "sourceDepartment", "statistics-bureau", "status", "FINAL"),
                        Map.of("indicator", "RETAIL_SALES", "region", ZHUSHAN, "period", "2037-02", "value", 19.7,
                                "sourceDepartment", "statistics-bureau", "status", "FINAL"),
                        Map.of("indicator", "GDP", "region", ZHUSHAN, "period", "2037", "value", "x")))
                .retrieve().toEntity(String.class);
        assertThat(againResponse.getStatusCode().value()).as(againResponse.getBody()).isEqualTo(200);
        JsonNode again = json.readTree(againResponse.getBody());
        assertThat(again.get("unchanged").asInt()).isEqualTo(1);
        assertThat(again.get("updated").asInt()).isEqualTo(1);
        assertThat(again.get("rejected").get(0).get("row").asInt()).isEqualTo(3);

        // a body with no acceptable row at all is bad input: 422 Problem Details, not a summary
        ResponseEntity<String> noRows = client.post().uri("/api/v1/indicators/imports").contentType(MediaType.APPLICATION_JSON)
                .body(List.of(1, 2, 3)).retrieve().toEntity(String.class);
        assertThat(noRows.getStatusCode().value()).isEqualTo(422);
        assertThat(noRows.getHeaders().getContentType().toString()).startsWith("application/problem+json");

        // retail sales are published cumulatively (1–N月): the year to date is the February figure, never 20.1 + 19.7
        JsonNode derived = get("/api/v1/indicators/RETAIL_SALES/derived/" + ZHUSHAN + "/2037-02");
        assertThat(derived.get("yearToDate").decimalValue()).isEqualByComparingTo("19.7");
        assertThat(derived.get("publishedAs").asString()).isEqualTo("CUMULATIVE");

        JsonNode pivot = get("/api/v1/indicators/analytics?dx=RETAIL_SALES;GDP&pe=2037-01;2037-02;2037-03&ou=" + ZHUSHAN + ";360202");
        assertThat(pivot.get("rowCount").asInt()).isEqualTo(2);
        assertThat(pivot.at("/rows/1/3").decimalValue()).isEqualByComparingTo("19.7");
        String pivotCsv = client.get().uri("/api/v1/indicators/analytics?dx=RETAIL_SALES&pe=2037-01&ou=" + ZHUSHAN + "&format=csv")
                .retrieve().body(String.class);
        assertThat(pivotCsv).isEqualTo("dx,pe,ou,value,growthPercent,growthReported,status\nRETAIL_SALES,2037-01,360203,20.1,,false,FINAL\n");
        assertThat(client.get().uri("/api/v1/indicators/analytics?dx=GDP&pe=2037Q5&ou=" + ZHUSHAN).retrieve()
                .toEntity(String.class).getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void aMegabyteOfBadCsvLinesIsRefusedAt413WithoutReadingPastTheLimit() {
        String body = "indicator,region,period,value\n" + "x\n".repeat((1_000_000 - 30) / 2);
        ResponseEntity<String> refused = writer().post().uri("/api/v1/indicators/imports")
                .contentType(MediaType.parseMediaType("text/csv")).body(body).retrieve().toEntity(String.class);
        assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(413);
        assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(json.readTree(refused.getBody()).at("/errors/0/field").asString()).isEqualTo("body");

        // 5,000 bad lines fit the limit: 422, every row counted, only the first 100 listed
        String bad = "indicator,region,period,value\n" + "x\n".repeat(5000);
        ResponseEntity<String> allBad = writer().post().uri("/api/v1/indicators/imports")
                .contentType(MediaType.parseMediaType("text/csv")).body(bad).retrieve().toEntity(String.class);
        assertThat(allBad.getStatusCode().value()).isEqualTo(422);
        JsonNode summary = json.readTree(allBad.getBody()).get("summary");
        assertThat(summary.get("rejectedRows").asInt()).isEqualTo(5000);
        assertThat(summary.get("rejected")).hasSize(100);

        // a body without the columns is refused at its header
        ResponseEntity<String> noHeader = writer().post().uri("/api/v1/indicators/imports")
                .contentType(MediaType.parseMediaType("text/csv")).body("x\n".repeat(500_000)).retrieve().toEntity(String.class);
        assertThat(noHeader.getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void theApiAndEventDocumentsAreServed() {
        ResponseEntity<String> openApi = anonymous().get().uri("/v3/api-docs").retrieve().toEntity(String.class);
        assertThat(openApi.getStatusCode().value()).isEqualTo(200);
        assertThat(openApi.getBody()).contains("\"openapi\"", "/api/v1/indicators/imports",
                "/api/v1/indicators/{code}/observations/{region}/{period}", "/api/v1/indicators/analytics");
        assertThat(OpenApiDocument.problems(openApi.getBody())).as("OpenAPI validity").isEmpty();
        ResponseEntity<String> asyncApi = anonymous().get().uri("/asyncapi/asyncapi.yaml").retrieve().toEntity(String.class);
        assertThat(asyncApi.getStatusCode().value()).isEqualTo(200);
        assertThat(asyncApi.getBody()).contains("asyncapi: 3.0.0", "cn.gov.zhushan.plan.indicators.warning-raised.v1");
    }
}
