package cn.gov.zhushan.plan.systemtest;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Looks into the services' databases with the plain MongoDB driver (not the services' code). */
final class Stores implements AutoCloseable {

    static final List<String> DATABASES = List.of("indicators", "projects", "livelihood", "tourism");

    private final MongoClient client;

    Stores(String uri) {
        this.client = MongoClients.create(uri);
    }

    MongoDatabase db(String name) {
        return client.getDatabase(name);
    }

    /** "db.collection" -> "count/sha256 of every document in _id order". Equal snapshots = nothing changed. */
    Map<String, String> snapshot(List<String> databases, List<String> ignoredCollections) {
        Map<String, String> snapshot = new TreeMap<>();
        for (String name : databases) {
            MongoDatabase db = client.getDatabase(name);
            for (String collection : db.listCollectionNames()) {
                if (ignoredCollections.contains(collection)) {
                    continue;
                }
                try {
                    MessageDigest digest = MessageDigest.getInstance("SHA-256");
                    long count = 0;
                    for (Document document : db.getCollection(collection).find().sort(new Document("_id", 1))) {
                        digest.update(document.toJson().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        count++;
                    }
                    snapshot.put(name + "." + collection, count + "/" + HexFormat.of().formatHex(digest.digest()).substring(0, 16));
                } catch (java.security.NoSuchAlgorithmException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return snapshot;
    }

    @Override
    public void close() {
        client.close();
    }
}
