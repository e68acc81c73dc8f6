package cn.gov.zhushan.plan.livelihood.enrollment;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import cn.gov.zhushan.plan.livelihood.pii.PiiCipher;
import cn.gov.zhushan.plan.livelihood.pii.SealedRecords;

/**
 * State-change reasons inside an enrollment's history: moved to the active key, and reasons stored in clear
 * before they were sealed are sealed on the way. The history is rewritten whole, guarded by the version.
 */
@Component
class EnrollmentSealedRecords implements SealedRecords {

    private static final String COLLECTION = "enrollments";

    private final MongoTemplate mongo;

    EnrollmentSealedRecords(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String name() {
        return COLLECTION;
    }

    private static Query toMove(PiiCipher cipher) {
        return Query.query(new Criteria().orOperator(
                Criteria.where("history.reasonEnc").regex("^(?!" + cipher.activeKeyId().replace(".", "\\.") + ":)"),
                Criteria.where("history.reason").regex("\\S")));
    }

    @Override
    public long countToMove(PiiCipher cipher) {
        return mongo.count(toMove(cipher), COLLECTION);
    }

    @Override
    public int moveBatch(PiiCipher cipher, int batchSize) {
        int moved = 0;
        for (Document record : mongo.find(toMove(cipher).with(Sort.by("_id")).limit(batchSize), Document.class, COLLECTION)) {
            String id = record.get("_id").toString();
            List<Document> history = new ArrayList<>();
            List<?> stored = record.getList("history", Object.class, List.of());
            for (int i = 0; i < stored.size(); i++) {
                Document change = new Document((Document) stored.get(i));
                String context = EnrollmentService.reasonContext(id, i);
                if (change.get("reasonEnc") instanceof String sealed) {
                    change.put("reasonEnc", cipher.reencrypt(sealed, context));
                } else if (change.get("reason") instanceof String plain && !plain.isBlank()) {
                    change.put("reasonEnc", cipher.encrypt(plain.strip(), context));
                }
                change.remove("reason");
                history.add(change);
            }
            Criteria unchanged = Criteria.where("_id").is(record.get("_id"));
            unchanged = record.get("version") == null ? unchanged.and("version").exists(false)
                    : unchanged.and("version").is(record.get("version"));
            Update update = new Update().set("history", history);
            if (record.get("version") instanceof Number) {
                update.inc("version", 1);
            }
            moved += (int) mongo.updateFirst(Query.query(unchanged), update, COLLECTION).getModifiedCount();
        }
        return moved;
    }
}
