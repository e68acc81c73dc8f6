package cn.gov.zhushan.plan.livelihood.pii;

import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Sealed fields at the top level of a document, each with the context {@code <collection>/<id>/<field>}. A
 * moved record also gets its {@code version} bumped, so a concurrent save of the old state fails (409) instead
 * of silently writing the old ciphertexts back.
 */
public class FlatSealedRecords implements SealedRecords {

    private final MongoTemplate mongo;
    private final String collection;
    private final Map<String, String> contextFieldByStoredField;

    /** @param contextFieldByStoredField e.g. {@code nameEnc -> name} */
    public FlatSealedRecords(MongoTemplate mongo, String collection, Map<String, String> contextFieldByStoredField) {
        this.mongo = mongo;
        this.collection = collection;
        this.contextFieldByStoredField = Map.copyOf(contextFieldByStoredField);
    }

    @Override
    public String name() {
        return collection;
    }

    private Query toMove(PiiCipher cipher) {
        List<Criteria> any = contextFieldByStoredField.keySet().stream()
                .map(field -> Criteria.where(field).regex(notUnder(cipher))).toList();
        return Query.query(new Criteria().orOperator(any));
    }

    /** Matches a string value that does not start with the active key id (key ids hold no regex characters but '.'). */
    static String notUnder(PiiCipher cipher) {
        return "^(?!" + cipher.activeKeyId().replace(".", "\\.") + ":)";
    }

    @Override
    public long countToMove(PiiCipher cipher) {
        return mongo.count(toMove(cipher), collection);
    }

    @Override
    public int moveBatch(PiiCipher cipher, int batchSize) {
        List<Document> batch = mongo.find(toMove(cipher).with(Sort.by("_id")).limit(batchSize), Document.class, collection);
        int moved = 0;
        for (Document record : batch) {
            Object id = record.get("_id");
            Criteria unchanged = Criteria.where("_id").is(id);
            Update update = new Update();
            for (Map.Entry<String, String> field : contextFieldByStoredField.entrySet()) {
                Object value = record.get(field.getKey());
                if (value instanceof String stored && !cipher.isUnderActiveKey(stored)) {
                    update.set(field.getKey(), cipher.reencrypt(stored, collection + "/" + id + "/" + field.getValue()));
                    unchanged = unchanged.and(field.getKey()).is(stored);
                }
            }
            if (record.get("version") instanceof Number) {
                update.inc("version", 1);
            }
            moved += (int) mongo.updateFirst(Query.query(unchanged), update, collection).getModifiedCount();
        }
        return moved;
    }
}
