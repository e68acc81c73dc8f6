package cn.gov.zhushan.plan.livelihood.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.gov.zhushan.plan.platform.test.PlatformIntegrationTest;

/**
 * The 2024 report's livelihood figures, each read from the API of a service that loaded the full demo data (in a
 * database of its own, so other tests' cycles do not count). One row of figures-2024.csv each: figure, endpoint,
 * JSON path, expected value (numbers compared exactly, as decimals).
 */
@TestPropertySource(properties = {"platform.demo-data.enabled=true", "spring.mongodb.database=livelihoodfigures2024"})
class Figures2024IT extends PlatformIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/figures-2024.csv", numLinesToSkip = 1)
    void theReportsFigureComesOutOfTheApi(String figure, String endpoint, String jsonPath, String expected) {
        ResponseEntity<String> response = api("dashboard", "livelihood:read").get().uri(endpoint).retrieve()
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
}
