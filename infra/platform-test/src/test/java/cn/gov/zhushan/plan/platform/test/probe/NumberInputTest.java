package cn.gov.zhushan.plan.platform.test.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import cn.gov.zhushan.plan.platform.test.PlatformIntegrationTest;


/** Numbers the platform cannot compute with or store are a 400 naming the field, before any arithmetic. */
class NumberInputTest extends PlatformIntegrationTest {

    private ResponseEntity<Map> post(String json) {
        return api("probe-client", "probe:write").post().uri("/api/v1/probe/numbers")
                .contentType(MediaType.APPLICATION_JSON).body(json).retrieve().toEntity(Map.class);
    }

    private void assertRejected(String json, String field) {
        long started = System.nanoTime();
        ResponseEntity<Map> response = post(json);
        // a figure for the report, not an assertion
        System.out.printf("rejected in %d ms: %s%n", (System.nanoTime() - started) / 1_000_000,
                json.length() > 60 ? json.substring(0, 60) + "..." : json);
        assertThat(response.getStatusCode().value()).as(json.length() > 200 ? json.substring(0, 200) : json).isEqualTo(400);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat((String) response.getBody().get("detail")).contains("'" + field + "'");
    }

    @Test
    void hugeAndTinyExponentsAreRefusedWithTheFieldName() {
        assertRejected("{\"amount\":1e200000000}", "amount");
        assertRejected("{\"amount\":1e1000000000}", "amount");
        assertRejected("{\"amount\":1e-1000000000}", "amount");
        assertRejected("{\"amount\":1e400}", "amount");
        assertRejected("{\"amount\":\"1e200000000\"}", "amount");
        assertRejected("{\"items\":[1, 1e200000000]}", "items[1]");
    }

    @Test
    void doublesMustStayFiniteAndNonZeroWhenWrittenNonZero() {
        assertRejected("{\"latitude\":1e400}", "latitude");
        assertRejected("{\"latitude\":-1e400}", "latitude");
        assertRejected("{\"latitude\":1e-1000000000}", "latitude");
        assertRejected("{\"ratio\":1e400}", "ratio");
        assertRejected("{\"ratio\":1e200000000}", "ratio");
    }

    @Test
    void fiveThousandDigitNumbersAreRefusedWithTheFieldName() {
        String digits = "9".repeat(5000);
        assertRejected("{\"amount\":" + digits + "}", "amount");
        assertRejected("{\"amount\":0." + digits + "}", "amount");
        assertRejected("{\"latitude\":" + digits + "}", "latitude");
        // beyond the parser's own limit the body is refused before any property is known
        assertThat(post("{\"amount\":" + "9".repeat(12_000) + "}").getStatusCode().value()).isEqualTo(400);
        assertRejected("{\"ratio\":1." + digits + "}", "ratio");
    }

    @Test
    void tooManyDigitsOrDecimalsAreRefused() {
        assertRejected("{\"amount\":" + "1".repeat(21) + "}", "amount");
        assertRejected("{\"amount\":0." + "0".repeat(20) + "1}", "amount");
        assertRejected("{\"amount\":1." + "1".repeat(34) + "}", "amount");
    }

    @Test
    void ordinaryFiguresPassAndExponentsBecomePlain() {
        ResponseEntity<String> response = api("probe-client", "probe:write").post().uri("/api/v1/probe/numbers")
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"amount\":1.5e3,\"latitude\":29.3,\"ratio\":0.125,"
                        + "\"items\":[12.50, 0.000000000000000000001e1, " + "9".repeat(20) + ".5]}")
                .retrieve().toEntity(String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getBody()).isEqualTo("{\"amount\":1500,\"latitude\":29.3,\"ratio\":0.125,"
                + "\"items\":[12.50,1E-20," + "9".repeat(20) + ".5]}");
    }
}
