package cn.gov.zhushan.plan.livelihood.rosters;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.zhushan.plan.platform.web.NotFoundException;

@RestController
@Validated
class RosterController {

    private final MongoTemplate mongo;

    RosterController(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @GetMapping("/api/v1/livelihood/programs/{code}/rosters/{year}")
    FamilyRoster get(@PathVariable @Pattern(regexp = "[A-Z0-9_]{1,40}") String code, @PathVariable @Min(2000) @Max(2100) int year) {
        FamilyRoster roster = mongo.findById(FamilyRoster.idOf(code, year), FamilyRoster.class);
        if (roster == null) {
            throw new NotFoundException("No roster of " + code + " for " + year + ".");
        }
        return roster;
    }
}
