package cn.gov.zhushan.plan.platform.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import cn.gov.zhushan.plan.platform.consumer.ConsumerSettings;
import cn.gov.zhushan.plan.platform.idempotency.IdempotencyProperties;
import cn.gov.zhushan.plan.platform.outbox.OutboxProperties;

/** The platform's TTL and outbox indexes exist after start-up, read back through listIndexes. */
class PlatformIndexesIT {

    static MongoServer mongoServer;
    static MongoTemplate mongo;

    @BeforeAll
    static void start() {
        mongoServer = new MongoServer(new MemoryBackend());
        mongoServer.bind(new InetSocketAddress("127.0.0.1", 0));
        mongo = new MongoTemplate(MongoClients.create("mongodb://127.0.0.1:" + mongoServer.getLocalAddress().getPort()), "indexes");
    }

    @AfterAll
    static void stop() {
        mongoServer.shutdownNow();
    }

    private static Document index(String collection, String name) {
        List<Document> indexes = mongo.getCollection(collection).listIndexes().into(new ArrayList<>());
        return indexes.stream().filter(i -> name.equals(i.getString("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no index " + name + " on " + collection + ": " + indexes));
    }

    @Test
    void ttlAndOutboxIndexesAreCreatedAndRecreatedWhenTheRetentionChanges() {
        PlatformIndexes indexes = new PlatformIndexes(mongo, IdempotencyProperties.defaults(),
                new ConsumerSettings(null, null), new OutboxProperties(List.of("projects", "sites"), null, null, null, null));
        indexes.afterSingletonsInstantiated();
        indexes.ensure(); // idempotent: a second start changes nothing

        Document idempotency = index("idempotency_keys", PlatformIndexes.IDEMPOTENCY_TTL);
        assertThat(idempotency.get("key", Document.class)).isEqualTo(new Document("createdAt", 1));
        assertThat(((Number) idempotency.get("expireAfterSeconds")).longValue()).isEqualTo(Duration.ofHours(24).toSeconds());
        Document processed = index("processed_events", PlatformIndexes.PROCESSED_EVENTS_TTL);
        assertThat(processed.get("key", Document.class)).isEqualTo(new Document("processedAt", 1));
        assertThat(((Number) processed.get("expireAfterSeconds")).longValue()).isEqualTo(Duration.ofDays(30).toSeconds());
        for (String outbox : List.of("projects", "sites")) {
            Document pending = index(outbox, PlatformIndexes.OUTBOX_PENDING);
            assertThat(pending.get("key", Document.class)).isEqualTo(new Document(PlatformIndexes.PENDING_EVENT_ID, 1));
            assertThat(pending.getBoolean("sparse")).isTrue();
        }

        new PlatformIndexes(mongo, new IdempotencyProperties(null, null, Duration.ofHours(48), null),
                new ConsumerSettings(null, null), new OutboxProperties(List.of(), null, null, null, null)).ensure();
        assertThat(((Number) index("idempotency_keys", PlatformIndexes.IDEMPOTENCY_TTL).get("expireAfterSeconds"))
                .longValue()).isEqualTo(Duration.ofHours(48).toSeconds());
    }
}
