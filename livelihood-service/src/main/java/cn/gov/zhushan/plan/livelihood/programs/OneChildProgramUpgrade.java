package cn.gov.zhushan.plan.livelihood.programs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The catalogue only inserts missing programs, so a store seeded before one-child rewards became a family program
 * keeps the old person-based definition (PERSON, any residence, age 60). This moves that one definition to the
 * seed's (HOUSEHOLD, URBAN, no age), once, by a conditional update; a definition changed in any other way is left alone.
 */
@Component
@Order(50)
class OneChildProgramUpgrade implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OneChildProgramUpgrade.class);

    private final MongoTemplate mongo;

    OneChildProgramUpgrade(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (upgrade()) {
            log.info("ONE_CHILD_REWARD is now a family-based program for urban families (was person-based, age 60)");
        }
    }

    boolean upgrade() {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is("ONE_CHILD_REWARD").and("beneficiaryType").is("PERSON")
                        .and("minAge").is(60)),
                new Update().set("beneficiaryType", SubsidyProgram.HOUSEHOLD).set("residence", "URBAN").set("minAge", null)
                        .set("nameEn", "One-child family rewards (urban families)"), SubsidyProgram.class).getModifiedCount() == 1;
    }
}
