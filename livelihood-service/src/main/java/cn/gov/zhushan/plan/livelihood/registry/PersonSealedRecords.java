package cn.gov.zhushan.plan.livelihood.registry;

import java.util.Map;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import cn.gov.zhushan.plan.livelihood.pii.FlatSealedRecords;

/** A person's sealed fields and their contexts (see {@link PersonRegistry#context}), for the re-encryption job. */
@Component
class PersonSealedRecords extends FlatSealedRecords {

    PersonSealedRecords(MongoTemplate mongo) {
        super(mongo, "persons", Map.of("idNumberEnc", "idNumber", "nameEnc", "name", "phoneEnc", "phone",
                "addressEnc", "address"));
    }
}
