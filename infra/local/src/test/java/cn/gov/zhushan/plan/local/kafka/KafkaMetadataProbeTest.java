package cn.gov.zhushan.plan.local.kafka;

import org.junit.jupiter.api.Test;

import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaMetadataProbeTest {

    @Test
    void nothingListeningMeansNotReady() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        assertThat(KafkaMetadataProbe.describe("127.0.0.1", port, 300)).isEmpty();
    }

    @Test
    void aListenerThatIsNotKafkaMeansNotReady() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            // accepts (backlog) but never answers: the probe times out instead of hanging
            assertThat(KafkaMetadataProbe.describe("127.0.0.1", socket.getLocalPort(), 300)).isEmpty();
        }
    }
}
