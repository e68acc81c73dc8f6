package cn.gov.zhushan.plan.tourism;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.gov.zhushan.plan.platform.test.PlatformIntegrationTest;
import cn.gov.zhushan.plan.platform.test.TopicProbe;

/** Holidays, festivals and complaints through the API, with their events. */
class TourismRecordsIT extends PlatformIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void holidaysAreListedAndComparedWithLastYear() {
        RestClient reader = api("dashboard", "tourism:read");
        assertThat(reader.get().uri("/api/v1/tourism/holidays?year=2024").retrieve().body(String.class))
                .contains("NATIONAL_DAY").contains("2024-10-07");
        JsonNode footfall = JSON.readTree(reader.get().uri("/api/v1/tourism/holidays/2024/NATIONAL_DAY/footfall")
                .retrieve().body(String.class));
        assertThat(footfall.get("lastYear").get("start").asString()).isEqualTo("2023-09-29");
        assertThat(footfall.get("sites")).hasSize(6);
        assertThat(reader.get().uri("/api/v1/tourism/holidays/2024/NOPE/footfall").retrieve().toEntity(String.class)
                .getStatusCode().value()).isEqualTo(404);
        assertThat(reader.get().uri("/api/v1/tourism/holidays?year=abc").retrieve().toEntity(String.class)
                .getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void festivalAttendancePublishesAnEventOncePerChange() {
        RestClient editor = api("culture-bureau", "tourism:write", "tourism:read");
        String festival = "{\"nameZh\":\"徐家窑开窑节\",\"nameEn\":\"Xujia Kiln Opening Festival\",\"venues\":[\"XUJIA_KILN\"],"
                + "\"startDate\":\"2024-10-18\",\"endDate\":\"2024-10-20\",\"expectedAttendance\":20000}";
        assertThat(put(editor, "/api/v1/tourism/festivals/XUJIA_OPENING_2024", festival).getStatusCode().value()).isEqualTo(200);
        assertThat(put(editor, "/api/v1/tourism/festivals/BAD", festival.replace("XUJIA_KILN\"]", "NOPE\"]"))
                .getStatusCode().value()).isEqualTo(422);
        assertThat(put(editor, "/api/v1/tourism/festivals/BAD", festival.replace("2024-10-20", "2024-10-01"))
                .getStatusCode().value()).isEqualTo(422);
        assertThat(put(editor, "/api/v1/tourism/festivals/XUJIA_OPENING_2024/attendance", "{\"actualAttendance\":23500}")
                .getBody()).contains("\"actualAttendance\":23500");
        put(editor, "/api/v1/tourism/festivals/XUJIA_OPENING_2024/attendance", "{\"actualAttendance\":23500}");
        assertThat(put(editor, "/api/v1/tourism/festivals/XUJIA_OPENING_2024/attendance", "{\"actualAttendance\":-1}")
                .getStatusCode().value()).isEqualTo(400);

        List<ConsumerRecord<String, byte[]>> events = TopicProbe.read(BACKENDS.kafkaBootstrapServers(), "plan.tourism.v1",
                records -> records.stream().anyMatch(r -> "XUJIA_OPENING_2024".equals(r.key())), Duration.ofSeconds(20));
        assertThat(events.stream().filter(r -> "XUJIA_OPENING_2024".equals(r.key()))
                .map(r -> TopicProbe.header(r, "ce_type")).toList())
                .containsExactly("cn.gov.zhushan.plan.tourism.event-attendance.v1");
    }

    @Test
    void complaintsAreFiledResolvedRatedAndCounted() {
        RestClient desk = api("complaint-desk", "tourism:write", "tourism:read");
        String complaint = "{\"category\":\"INTEGRITY_REFUND\",\"description\":\"Overcharged for porcelain\","
                + "\"siteCode\":\"TAOYANGLI\",\"agency\":\"珠山区文广新旅局\"}";
        ResponseEntity<String> filed = desk.post().uri("/api/v1/tourism/complaints").header("Idempotency-Key", "k-1")
                .contentType(MediaType.APPLICATION_JSON).body(complaint).retrieve().toEntity(String.class);
        assertThat(filed.getStatusCode().value()).isEqualTo(201);
        String id = JSON.readTree(filed.getBody()).get("serviceRequestId").asString();
        ResponseEntity<String> retried = desk.post().uri("/api/v1/tourism/complaints").header("Idempotency-Key", "k-1")
                .contentType(MediaType.APPLICATION_JSON).body(complaint).retrieve().toEntity(String.class);
        assertThat(retried.getStatusCode().is2xxSuccessful()).isTrue();
        assertThat(retried.getBody()).contains(id);
        assertThat(desk.post().uri("/api/v1/tourism/complaints").contentType(MediaType.APPLICATION_JSON)
                .body(complaint.replace("INTEGRITY_REFUND", "NONSENSE")).retrieve().toEntity(String.class)
                .getStatusCode().value()).isEqualTo(400);

        assertThat(desk.put().uri("/api/v1/tourism/complaints/{id}/satisfaction", id).contentType(MediaType.APPLICATION_JSON)
                .body("{\"score\":5}").retrieve().toEntity(String.class).getStatusCode().value()).isEqualTo(422);
        ResponseEntity<String> resolved = desk.post().uri("/api/v1/tourism/complaints/{id}/resolution", id)
                .contentType(MediaType.APPLICATION_JSON).body("{\"resolution\":\"refunded\",\"refundAmount\":581.87}")
                .retrieve().toEntity(String.class);
        assertThat(resolved.getBody()).contains("\"status\":\"CLOSED\"");
        assertThat(desk.post().uri("/api/v1/tourism/complaints/{id}/resolution", id).contentType(MediaType.APPLICATION_JSON)
                .body("{\"resolution\":\"again\"}").retrieve().toEntity(String.class).getStatusCode().value()).isEqualTo(409);
        desk.put().uri("/api/v1/tourism/complaints/{id}/satisfaction", id).contentType(MediaType.APPLICATION_JSON)
                .body("{\"score\":5}").retrieve().toEntity(String.class);

        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        JsonNode stats = JSON.readTree(desk.get().uri("/api/v1/tourism/complaints/statistics?from={d}&to={d}",
                today.minusDays(1), today.plusDays(1)).retrieve().body(String.class));
        assertThat(stats.get("count").asInt()).isEqualTo(1);
        assertThat(stats.get("refundsTotal").decimalValue()).isEqualByComparingTo("581.87");
        assertThat(stats.get("satisfactionRatePercent").decimalValue()).isEqualByComparingTo("100.0");

        List<ConsumerRecord<String, byte[]>> events = TopicProbe.read(BACKENDS.kafkaBootstrapServers(), "plan.tourism.v1",
                records -> records.stream().anyMatch(r -> id.equals(r.key())), Duration.ofSeconds(20));
        ConsumerRecord<String, byte[]> event = events.stream().filter(r -> id.equals(r.key())).findFirst().orElseThrow();
        assertThat(TopicProbe.header(event, "ce_type")).isEqualTo("cn.gov.zhushan.plan.tourism.complaint-resolved.v1");
        assertThat(JSON.readTree(event.value()).get("refundAmount").decimalValue()).isEqualByComparingTo("581.87");
    }

    @Test
    void aComplaintsFreeTextIsMaskedForReadersWithoutTheWriteScope() {
        RestClient desk = api("complaint-desk", "tourism:write", "tourism:read");
        // requested long ago, so today's and 2024's complaint figures stay as other tests expect them
        String complaint = "{\"category\":\"OTHER\",\"description\":\"请回电13812345678或0798-8221234，身份证36020319900101123X\","
                + "\"agency\":\"珠山区文广新旅局\",\"requestedAt\":\"2021-03-01T02:00:00Z\"}";
        ResponseEntity<String> filed = desk.post().uri("/api/v1/tourism/complaints").contentType(MediaType.APPLICATION_JSON)
                .body(complaint).retrieve().toEntity(String.class);
        assertThat(filed.getStatusCode().value()).as(filed.getBody()).isEqualTo(201);
        String id = JSON.readTree(filed.getBody()).get("serviceRequestId").asString();

        String unmasked = "请回电13812345678或0798-8221234，身份证36020319900101123X";
        String masked = "请回电138****5678或0798-*****34，身份证360***********123X";
        RestClient reader = api("dashboard", "tourism:read");
        assertThat(JSON.readTree(reader.get().uri("/api/v1/tourism/complaints/{id}", id).retrieve().body(String.class))
                .get("description").asString()).isEqualTo(masked);
        String page = reader.get().uri("/api/v1/tourism/complaints?status=OPEN&size=200").retrieve().body(String.class);
        assertThat(page).contains(masked).doesNotContain("13812345678").doesNotContain("36020319900101123X");
        assertThat(JSON.readTree(desk.get().uri("/api/v1/tourism/complaints/{id}", id).retrieve().body(String.class))
                .get("description").asString()).isEqualTo(unmasked);
    }

    private static ResponseEntity<String> put(RestClient client, String uri, String body) {
        return client.put().uri(uri).contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(String.class);
    }
}
