package cn.gov.zhushan.plan.local.kafka;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Asks a broker for cluster metadata with a hand-written Metadata v4 request, so the launcher
 * needs no Kafka client jar. An open port is not enough: the broker accepts connections
 * before it has joined the KRaft quorum, and it lists itself in metadata only once it serves.
 */
public final class KafkaMetadataProbe {

    private static final short METADATA_API_KEY = 3;
    // v4 is the oldest version Kafka 4.x still accepts (KIP-896) and the newest without tagged fields.
    private static final short METADATA_VERSION = 4;
    private static final int CORRELATION_ID = 42;
    private static final byte[] CLIENT_ID = "zhushan-launcher".getBytes(StandardCharsets.UTF_8);

    private KafkaMetadataProbe() {
    }

    /** The first broker as "host:port (cluster id)", or empty while the broker does not serve metadata. */
    public static Optional<String> describe(String host, int port, int timeoutMillis) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            writeRequest(new DataOutputStream(socket.getOutputStream()));
            return readBrokers(new DataInputStream(socket.getInputStream()));
        } catch (IOException notReady) {
            return Optional.empty();
        }
    }

    private static void writeRequest(DataOutputStream out) throws IOException {
        int headerAndBody = 2 + 2 + 4 + 2 + CLIENT_ID.length + 4 + 1;
        out.writeInt(headerAndBody);
        out.writeShort(METADATA_API_KEY);
        out.writeShort(METADATA_VERSION);
        out.writeInt(CORRELATION_ID);
        out.writeShort(CLIENT_ID.length);
        out.write(CLIENT_ID);
        out.writeInt(0); // no topics: we only want the broker list
        out.writeByte(0); // allow_auto_topic_creation = false
        out.flush();
    }

    private static Optional<String> readBrokers(DataInputStream in) throws IOException {
        in.readInt(); // response size
        if (in.readInt() != CORRELATION_ID) {
            return Optional.empty();
        }
        in.readInt(); // throttle_time_ms
        int brokers = in.readInt();
        if (brokers < 1) {
            return Optional.empty();
        }
        in.readInt(); // node_id
        String brokerHost = readString(in);
        int brokerPort = in.readInt();
        readString(in); // rack
        String clusterId = readString(in);
        return Optional.of(brokerHost + ":" + brokerPort + " (cluster " + clusterId + ")");
    }

    private static String readString(DataInputStream in) throws IOException {
        short length = in.readShort();
        if (length < 0) {
            return null;
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
