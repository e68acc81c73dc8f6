package cn.gov.zhushan.plan.platform.test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import cn.gov.zhushan.plan.platform.data.PlatformIndexes;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;

/**
 * Watches the wire between a service and its store: how many documents each collection returned and which
 * filters were sent (the outbox relay's polls left out). A read that loads a whole collection per request shows
 * here, whatever the code calls it.
 * Use with {@code @Import(StoreReads.Recording.class)} and autowire {@link StoreReads}.
 */
public final class StoreReads implements CommandListener {

    private final Map<Integer, String> collectionOfRequest = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> documents = new ConcurrentHashMap<>();
    private final List<Find> finds = new CopyOnWriteArrayList<>();

    /** A find as sent: the collection and its filter (JSON). */
    public record Find(String collection, String filter) {
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        BsonDocument command = event.getCommand();
        switch (event.getCommandName()) {
            case "find" -> {
                String collection = command.getString("find").getValue();
                String filter = command.containsKey("filter") ? command.getDocument("filter").toJson() : "{}";
                if (filter.contains(PlatformIndexes.PENDING_EVENT_ID)) {
                    return; // the outbox relay's poll, which runs all the time beside any request
                }
                collectionOfRequest.put(event.getRequestId(), collection);
                finds.add(new Find(collection, filter));
            }
            case "getMore" -> collectionOfRequest.put(event.getRequestId(), command.getString("collection").getValue());
            default -> { }
        }
    }

    @Override
    public void commandSucceeded(CommandSucceededEvent event) {
        String collection = collectionOfRequest.remove(event.getRequestId());
        BsonDocument cursor = event.getResponse().getDocument("cursor", null);
        if (collection == null || cursor == null) {
            return;
        }
        BsonArray batch = cursor.containsKey("firstBatch") ? cursor.getArray("firstBatch") : cursor.getArray("nextBatch", new BsonArray());
        documents.computeIfAbsent(collection, c -> new AtomicLong()).addAndGet(batch.size());
    }

    /** Documents the collection returned since the last {@link #reset()}. */
    public long documentsFrom(String collection) {
        AtomicLong count = documents.get(collection);
        return count == null ? 0 : count.get();
    }

    /** The finds sent to the collection since the last {@link #reset()}. */
    public List<Find> findsOn(String collection) {
        return finds.stream().filter(f -> f.collection().equals(collection)).toList();
    }

    public void reset() {
        documents.clear();
        finds.clear();
    }

    /** Registers one {@link StoreReads} on the application's MongoDB client. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Recording {

        @Bean
        StoreReads storeReads() {
            return new StoreReads();
        }

        @Bean
        MongoClientSettingsBuilderCustomizer storeReadsListener(StoreReads reads) {
            return settings -> settings.addCommandListener(reads);
        }
    }
}
