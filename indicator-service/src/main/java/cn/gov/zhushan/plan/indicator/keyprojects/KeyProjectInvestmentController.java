package cn.gov.zhushan.plan.indicator.keyprojects;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The key-project investment indicator (重点项目完成投资), derived from project-service's events. */
@RestController
@Validated
@RequestMapping("/api/v1/indicators/key-project-investment")
class KeyProjectInvestmentController {

    private final MongoTemplate mongo;

    KeyProjectInvestmentController(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @GetMapping("/{year}")
    KeyProjectInvestmentView forYear(@PathVariable @Min(2000) @Max(2100) int year) {
        List<ProjectInvestment> investments = mongo.find(Query.query(Criteria.where("year").is(year)),
                ProjectInvestment.class);
        return new KeyProjectInvestmentView(InvestmentCompletion.of(year, investments), "CNY", investments);
    }

    record KeyProjectInvestmentView(InvestmentCompletion summary, String currency, List<ProjectInvestment> projects) {
    }
}
