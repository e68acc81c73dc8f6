package cn.gov.zhushan.plan.tourism.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.gov.zhushan.plan.platform.test.PlatformIntegrationTest;
import cn.gov.zhushan.plan.tourism.demo.Demo2024;
import cn.gov.zhushan.plan.tourism.demo.DemoDataLoader;
import cn.gov.zhushan.plan.tourism.holidays.Holiday;
import cn.gov.zhushan.plan.tourism.holidays.HolidayRepository;

/**
 * The 2024 report's tourism figures, each read from the API after the demo data went the real way
 * (raw readings on Kafka, aggregation). One row of figures-2024.csv each: figure, endpoint, JSON path,
 * expected value (numbers compared exactly, as decimals).
 */
class Figures2024IT extends PlatformIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static boolean ingested;

    @Autowired
    DemoDataLoader loader;
    @Autowired
    HolidayRepository holidays;

    /**
     * Loads the demo once and waits until its readings are aggregated, judged holiday by holiday through
     * the per-holiday endpoint (not the year endpoint under test).
     */
    @BeforeEach
    void demoIngested() {
        if (ingested) {
            return;
        }
        loader.load();
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(holidays
                .findByYearOrderByStart(Demo2024.YEAR).stream().mapToLong(this::holidayArrivals).sum())
                .isEqualTo(Demo2024.NIGHT_ZHUSHAN_HOLIDAY_VISITS));
        ingested = true;
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/figures-2024.csv", numLinesToSkip = 1)
    void theReportsFigureComesOutOfTheApi(String figure, String endpoint, String jsonPath, String expected) {
        ResponseEntity<String> response = api("dashboard", "tourism:read").get().uri(endpoint).retrieve()
                .toEntity(String.class);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        JsonNode value = JSON.readTree(response.getBody()).at(jsonPath.replaceFirst("^\\$", "").replace('.', '/'));
        assertThat(value.isMissingNode()).as("%s at %s in %s", figure, jsonPath, response.getBody()).isFalse();
        if (value.isNumber()) {
            assertThat(value.decimalValue()).as(figure).isEqualByComparingTo(new BigDecimal(expected));
        } else {
            assertThat(value.asString()).as(figure).isEqualTo(expected);
        }
    }

    private long holidayArrivals(Holiday holiday) {
        return JSON.readTree(api("dashboard", "tourism:read").get()
                .uri("/api/v1/tourism/holidays/2024/" + holiday.code() + "/footfall").retrieve().body(String.class))
                .get("districtArrivals").get("current").asLong();
    }
}
