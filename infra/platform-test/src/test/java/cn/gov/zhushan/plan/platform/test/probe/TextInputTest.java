package cn.gov.zhushan.plan.platform.test.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import cn.gov.zhushan.plan.platform.test.PlatformIntegrationTest;

/** Control characters and unpaired surrogates are 400 naming the field; accepted text arrives in NFC. */
class TextInputTest extends PlatformIntegrationTest {

    private ResponseEntity<Map> post(String json) {
        return api("probe-client", "probe:write").post().uri("/api/v1/probe/texts")
                .contentType(MediaType.APPLICATION_JSON).body(json).retrieve().toEntity(Map.class);
    }

    private void assertRejected(String json, String field) {
        ResponseEntity<Map> response = post(json);
        assertThat(response.getStatusCode().value()).as(json).isEqualTo(400);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat((String) response.getBody().get("detail")).contains("'" + field + "'");
    }

    @Test
    void controlCharactersAndUnpairedSurrogatesAreRefused() {
        assertRejected("{\"name\":\"a\\u0000b\"}", "name");
        assertRejected("{\"name\":\"bell\\u0007\"}", "name");
        assertRejected("{\"name\":\"del\\u007f\"}", "name");
        assertRejected("{\"name\":\"c1\\u0085\"}", "name");
        assertRejected("{\"name\":\"two\\nlines\"}", "name");
        assertRejected("{\"name\":\"tab\\there\"}", "name");
        assertRejected("{\"name\":\"\\ud800 alone\"}", "name");
        assertRejected("{\"name\":\"\\udc00 alone\"}", "name");
        assertRejected("{\"description\":\"nul\\u0000 even here\"}", "description");
        assertRejected("{\"body\":\"escape\\u001b[31m\"}", "body");
        assertRejected("{\"tags\":[\"ok\",\"bad\\r\"]}", "tags[1]");
    }

    @Test
    void multiLineFieldsKeepLineBreaksAndEverythingArrivesInNfc() {
        ResponseEntity<Map> response = post("{\"name\":\"Cafe\\u0301 竹山\",\"description\":\"line one\\r\\nline two\\tend\","
                + "\"body\":\"a\\nb\",\"tags\":[\"\\ud83d\\ude00\"]}");
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getBody().get("name")).isEqualTo("Caf\u00e9 竹山");
        assertThat(response.getBody().get("description")).isEqualTo("line one\r\nline two\tend");
        assertThat(response.getBody().get("body")).isEqualTo("a\nb");
        assertThat(response.getBody().get("tags")).isEqualTo(List.of("\ud83d\ude00"));
    }
}
