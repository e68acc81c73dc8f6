package cn.gov.zhushan.plan.livelihood.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Sends a cycle command (202 + Location) and polls the operation it names until it has finished. */
final class OperationPolling {

    private final JsonMapper json;

    OperationPolling(JsonMapper json) {
        this.json = json;
    }

    /** POSTs the command, asserts 202 with a Location of an operation, returns that location. */
    String accepted(RestClient client, String path, Object body, String idempotencyKey) {
        RestClient.RequestBodySpec request = client.post().uri(path).contentType(MediaType.APPLICATION_JSON);
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        ResponseEntity<String> response = request.body(body).retrieve().toEntity(String.class);
        assertThat(response.getStatusCode().value()).as(path + " -> " + response.getBody()).isEqualTo(202);
        URI location = response.getHeaders().getLocation();
        assertThat(location).as("Location of " + path).isNotNull();
        assertThat(location.getPath()).startsWith("/api/v1/livelihood/operations/");
        JsonNode view = json.readTree(response.getBody());
        assertThat(location.getPath()).endsWith("/" + view.get("id").asString());
        return location.getPath();
    }

    /** Polls the operation until SUCCEEDED or FAILED; returns its last view. */
    JsonNode await(RestClient client, String location) {
        return org.awaitility.Awaitility.await("operation " + location).atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> json.readTree(client.get().uri(location).retrieve().body(String.class)),
                        view -> view.path("state").asString().equals("SUCCEEDED") || view.path("state").asString().equals("FAILED"));
    }

    /** Sends the command and waits for it: asserts it SUCCEEDED and returns the operation. */
    JsonNode run(RestClient client, String path, Object body) {
        JsonNode done = await(client, accepted(client, path, body, null));
        assertThat(done.get("state").asString()).as(path + " -> " + done).isEqualTo("SUCCEEDED");
        return done;
    }

    JsonNode cycle(RestClient client, String cycleId) {
        return json.readTree(client.get().uri("/api/v1/livelihood/cycles/{id}", cycleId).retrieve().body(String.class));
    }
}
