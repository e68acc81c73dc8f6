package cn.gov.zhushan.plan.indicator.monitoring;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.zhushan.plan.indicator.targets.Target;
import cn.gov.zhushan.plan.platform.web.NotFoundException;

@RestController
@Validated
@RequestMapping("/api/v1/indicators/monitoring")
class MonitoringController {

    private final MonitoringRepository results;
    private final MongoTemplate mongo;
    private final Monitoring monitoring;

    MonitoringController(MonitoringRepository results, MongoTemplate mongo, Monitoring monitoring) {
        this.results = results;
        this.mongo = mongo;
        this.monitoring = monitoring;
    }

    /**
     * The persisted results, filterable by year, region and status: the store answers only the matching ones
     * (indexed by {@link MonitoringIndexes}), never every year's results filtered here.
     */
    @GetMapping
    List<MonitoringResult.View> list(@RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
                                @RequestParam(required = false) @Pattern(regexp = "\\d{6}") String region,
                                @RequestParam(required = false) AttainmentStatus status) {
        Criteria criteria = new Criteria();
        if (year != null) {
            criteria = criteria.and("year").is(year);
        }
        if (region != null) {
            criteria = criteria.and("regionCode").is(region);
        }
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        return mongo.find(new Query(criteria).with(Sort.by("_id")), MonitoringResult.class).stream()
                .map(MonitoringResult::view).toList();
    }

    @GetMapping("/{code}/{region}/{year}")
    MonitoringResult.View get(@PathVariable @Pattern(regexp = "[A-Z0-9_]{1,40}") String code,
                         @PathVariable @Pattern(regexp = "\\d{6}") String region, @PathVariable @Min(2000) @Max(2100) int year) {
        return results.findById(Target.idOf(code, region, year)).orElseThrow(() ->
                new NotFoundException("No monitoring result for " + code + " in " + region + " for " + year + ".")).view();
    }

    /** Re-evaluates every target now; warnings are published only where a status changed. */
    @PostMapping("/evaluations")
    EvaluationRun evaluate() {
        return new EvaluationRun(monitoring.evaluateAll());
    }

    record EvaluationRun(int statusesChanged) {
    }
}
