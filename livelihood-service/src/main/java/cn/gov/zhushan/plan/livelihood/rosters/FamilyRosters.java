package cn.gov.zhushan.plan.livelihood.rosters;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import cn.gov.zhushan.plan.livelihood.summary.AnnualFigures;
import cn.gov.zhushan.plan.livelihood.summary.ProgramYear.Counts;

/** Tells the annual figures how many families a roster paid at least once in a year. */
@Component
class FamilyRosters implements AnnualFigures.PaidAtLeastOnceSource {

    private final MongoTemplate mongo;

    FamilyRosters(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Counts paidAtLeastOnce(String programCode, int year) {
        FamilyRoster roster = mongo.findById(FamilyRoster.idOf(programCode, year), FamilyRoster.class);
        return roster == null ? null : OneChildRewardRule.paidAtLeastOnce(roster.tiers(), year);
    }
}
