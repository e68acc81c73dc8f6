package cn.gov.zhushan.plan.platform.test.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import cn.gov.zhushan.plan.platform.test.PlatformIntegrationTest;

/**
 * Dates outside the platform's range, empty dates and broken query escapes are 400 Problem Details naming
 * the field or parameter; "today" for Bean Validation is the district's day.
 */
class DateInputTest extends PlatformIntegrationTest {

    /** 2025-03-01 00:30 in Beijing, still 2025-02-28 in UTC; a UTC clock, as a service might configure. */
    @TestConfiguration
    static class HalfPastMidnightInBeijing {
        @Bean
        Clock fixedClock() {
            return Clock.fixed(Instant.parse("2025-02-28T16:30:00Z"), ZoneOffset.UTC);
        }
    }

    private ResponseEntity<Map> post(String json) {
        return api("probe-client", "probe:write").post().uri("/api/v1/probe/dates")
                .contentType(MediaType.APPLICATION_JSON).body(json).retrieve().toEntity(Map.class);
    }

    private ResponseEntity<Map> get(String uri) {
        return api("probe-client", "probe:read").get().uri(java.net.URI.create("http://127.0.0.1:" + port + uri))
                .retrieve().toEntity(Map.class);
    }

    private static void assertBadRequestNaming(ResponseEntity<Map> response, String field) {
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat((String) response.getBody().get("detail")).contains("'" + field + "'");
    }

    @Test
    void todayInBeijingIsPresentEvenWhileUtcIsStillYesterday() {
        assertThat(post("{\"day\":\"2025-03-01\"}").getStatusCode().value()).isEqualTo(200);
        ResponseEntity<Map> tomorrow = post("{\"day\":\"2025-03-02\"}");
        assertThat(tomorrow.getStatusCode().value()).isEqualTo(400);
        assertThat(tomorrow.getBody().get("errors").toString()).contains("field=day");
    }

    @Test
    void bodyDatesOutsideTheRangeOrEmptyAreRefused() {
        assertBadRequestNaming(post("{\"optionalDay\":\"-999999999-01-01\"}"), "optionalDay");
        assertBadRequestNaming(post("{\"optionalDay\":\"+999999999-12-31\"}"), "optionalDay");
        assertBadRequestNaming(post("{\"optionalDay\":\"1899-12-31\"}"), "optionalDay");
        assertBadRequestNaming(post("{\"optionalDay\":\"\"}"), "optionalDay");
        assertBadRequestNaming(post("{\"at\":\"+999999999-12-31T00:00:00Z\"}"), "at");
        assertBadRequestNaming(post("{\"at\":\"\"}"), "at");
        assertBadRequestNaming(post("{\"localAt\":\"2201-01-01T00:00:00\"}"), "localAt");
        assertBadRequestNaming(post("{\"offsetAt\":\"-999999999-01-01T00:00:00+08:00\"}"), "offsetAt");
        assertBadRequestNaming(post("{\"month\":\"+999999999-12\"}"), "month");
        ResponseEntity<Map> fine = post("{\"optionalDay\":\"1900-01-01\",\"at\":\"2200-12-31T15:59:59Z\","
                + "\"month\":\"2200-12\",\"optionalDay\":null}");
        assertThat(fine.getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void parameterDatesOutsideTheRangeOrEmptyAreRefused() {
        assertBadRequestNaming(get("/api/v1/probe/dates?from=-999999999-01-01"), "from");
        assertBadRequestNaming(get("/api/v1/probe/dates?from=%2B999999999-12-31"), "from");
        assertBadRequestNaming(get("/api/v1/probe/dates?from="), "from");
        assertBadRequestNaming(get("/api/v1/probe/dates?until=2201-01-01"), "until");
        assertBadRequestNaming(get("/api/v1/probe/dates?until="), "until");
        assertBadRequestNaming(get("/api/v1/probe/dates?asOf=%2B999999999-12-31T00:00:00Z"), "asOf");
        assertBadRequestNaming(get("/api/v1/probe/days/-999999999-01-01"), "day");
        ResponseEntity<Map> fine = get("/api/v1/probe/dates?from=2025-03-01&until=2025-03-31");
        assertThat(fine.getStatusCode().value()).isEqualTo(200);
        assertThat(fine.getBody()).containsEntry("from", "2025-03-01").containsEntry("until", "2025-03-31")
                .containsEntry("asOf", "null");
    }

    @Test
    void aBrokenPercentEscapeSentStraightToTheServiceIsProblemDetails() throws IOException {
        String response = raw("/api/v1/probe/dates?page=%zz");
        assertThat(response).startsWith("HTTP/1.1 400");
        assertThat(response).contains("application/problem+json").contains("'page'");
        assertThat(raw("/api/v1/probe/dates?page=%ff")).startsWith("HTTP/1.1 400");
        assertThat(raw("/api/v1/probe/dates?page=1&from=%E7%AB%B9")).startsWith("HTTP/1.1 400").contains("'from'");
        assertThat(raw("/api/v1/probe/dates?page=1")).startsWith("HTTP/1.1 200");
    }

    /** Over a plain socket: an HTTP client library would refuse to send a malformed URI. */
    private String raw(String target) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                    + TOKENS.issue("probe-client", "probe:read") + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
