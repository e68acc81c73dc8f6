package cn.gov.zhushan.plan.platform.test.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.context.TestPropertySource;

import cn.gov.zhushan.plan.platform.test.PlatformIntegrationTest;
import cn.gov.zhushan.plan.platform.test.TopicProbe;

/**
 * One trace from the request across the outbox and Kafka: a write that arrives with a W3C {@code traceparent}
 * is published, later and from the relay's thread, with a {@code traceparent} of the same trace.
 */
@TestPropertySource(properties = "platform.outbox.collections=" + ProbeEventController.COLLECTION)
class EventTraceTest extends PlatformIntegrationTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Test
    void theEventCarriesTheTraceOfTheRequestThatMadeTheChange() {
        Map<String, String> created = api("probe-client", "probe:write").post().uri("/api/v1/probe/things")
                .header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01")
                .retrieve().body(new ParameterizedTypeReference<Map<String, String>>() { });
        String eventId = created.get("eventId");

        List<ConsumerRecord<String, byte[]>> records = TopicProbe.read(BACKENDS.kafkaBootstrapServers(), "plan.probe.v1",
                read -> read.stream().anyMatch(r -> eventId.equals(TopicProbe.header(r, "ce_id"))), Duration.ofSeconds(30));
        ConsumerRecord<String, byte[]> event = records.stream()
                .filter(r -> eventId.equals(TopicProbe.header(r, "ce_id"))).findFirst().orElseThrow();
        String traceparent = TopicProbe.header(event, "traceparent");
        assertThat(traceparent).as("traceparent header").matches("00-" + TRACE_ID + "-[0-9a-f]{16}-01");
        // the producer's own span, a child in the same trace, not the request's span
        assertThat(traceparent).doesNotContain("00f067aa0ba902b7");
    }
}
