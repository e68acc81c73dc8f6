package cn.gov.zhushan.plan.livelihood.grievances;

import java.util.Map;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import cn.gov.zhushan.plan.livelihood.pii.FlatSealedRecords;

/** A grievance's sealed text and its contexts (see {@link GrievanceService#context}), for the re-encryption job. */
@Component
class GrievanceSealedRecords extends FlatSealedRecords {

    GrievanceSealedRecords(MongoTemplate mongo) {
        super(mongo, "grievances", Map.of("descriptionEnc", "description", "resolutionEnc", "resolution"));
    }
}
