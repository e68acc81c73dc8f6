package cn.gov.zhushan.plan.livelihood.programs;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import cn.gov.zhushan.plan.platform.web.ConflictException;
import cn.gov.zhushan.plan.platform.web.NotFoundException;

/** Sets and reads the programs' standards with their effective months. */
@Service
public class BenefitStandards {

    private final MongoTemplate mongo;
    private final SubsidyProgramRepository programs;
    private final Clock clock;

    public BenefitStandards(MongoTemplate mongo, SubsidyProgramRepository programs, Clock clock) {
        this.mongo = mongo;
        this.programs = programs;
        this.clock = clock;
    }

    public List<BenefitStandard> of(String programCode) {
        requireProgram(programCode);
        return mongo.find(Query.query(Criteria.where("programCode").is(programCode)).with(Sort.by("effectiveFrom")),
                BenefitStandard.class);
    }

    /** The program as it pays for a month: its standard in effect then. */
    public SubsidyProgram asOf(SubsidyProgram program, YearMonth month) {
        return StandardsInEffect.asOf(program, mongo.find(Query.query(Criteria.where("programCode").is(program.code())),
                BenefitStandard.class), month);
    }

    /** Sets the standard from a month on; a concurrent change of the same standard is a 409, never a lost update. */
    public BenefitStandard set(String programCode, YearMonth from, BigDecimal amount, String reason, String by) {
        requireProgram(programCode);
        String id = BenefitStandard.idOf(programCode, from.toString());
        BenefitStandard current = mongo.findById(id, BenefitStandard.class);
        Instant now = Instant.now(clock);
        try {
            if (current == null) {
                return mongo.insert(new BenefitStandard(id, programCode, from.toString(), null, List.of(), null)
                        .set(amount, by, now, reason));
            }
            return mongo.save(current.set(amount, by, now, reason));
        } catch (DuplicateKeyException | OptimisticLockingFailureException concurrent) {
            throw new ConflictException("The standard of " + programCode + " from " + from + " was changed concurrently; read it and try again.");
        }
    }

    private void requireProgram(String code) {
        if (!programs.existsById(code)) {
            throw new NotFoundException("No program with code " + code + ".");
        }
    }
}
