package cn.gov.zhushan.plan.livelihood.demo;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import cn.gov.zhushan.plan.livelihood.payments.CycleTotals;
import cn.gov.zhushan.plan.livelihood.rosters.FamilyRoster;
import cn.gov.zhushan.plan.livelihood.rosters.OneChildRewardRule;
import cn.gov.zhushan.plan.livelihood.rosters.RosterTier;
import cn.gov.zhushan.plan.livelihood.summary.ProgramYear.Counts;
import cn.gov.zhushan.plan.platform.events.DomainEvents;

/**
 * Loads the 2024 one-child reward roster (aggregated, see {@link OneChildRewardDemo}) and its twelve reconciled
 * cycles computed by {@link OneChildRewardRule}. Every write is keyed (roster by program and year, cycle by program
 * and month) and skipped when already there, so an interrupted load is completed by the next start.
 */
@Component
@Order(110)
class OneChildRewardDemoLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OneChildRewardDemoLoader.class);

    private final MongoTemplate mongo;
    private final DomainEvents events;
    private final boolean enabled;

    OneChildRewardDemoLoader(MongoTemplate mongo, DomainEvents events, @Value("${platform.demo-data.enabled:false}") boolean enabled) {
        this.mongo = mongo;
        this.events = events;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled) {
            log.info("One-child reward demo for 2024: {} documents written", load(2024, OneChildRewardDemo.tiers(2024)));
        }
    }

    /** Returns how many documents were written (0 when everything was there). */
    int load(int year, List<RosterTier> tiers) {
        String program = OneChildRewardDemo.PROGRAM;
        int written = 0;
        if (mongo.findById(FamilyRoster.idOf(program, year), FamilyRoster.class) == null) {
            written += insertIfAbsent(new FamilyRoster(FamilyRoster.idOf(program, year), program, year, tiers,
                    DemoDataLoader.BY, Instant.now()));
        }
        for (int month = 1; month <= 12; month++) {
            YearMonth period = YearMonth.of(year, month);
            Counts paid = OneChildRewardRule.paidIn(tiers, period);
            if (paid.households() > 0) {
                written += insertIfAbsent(DemoCycles.reconciled(events, program, period,
                        new CycleTotals(paid.households(), paid.persons(), OneChildRewardRule.amountFor(tiers, period))));
            }
        }
        return written;
    }

    private int insertIfAbsent(Object document) {
        try {
            mongo.insert(document);
            return 1;
        } catch (DuplicateKeyException alreadyThere) {
            return 0;
        }
    }
}
