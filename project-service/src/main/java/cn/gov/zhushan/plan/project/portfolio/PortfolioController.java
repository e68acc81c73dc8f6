package cn.gov.zhushan.plan.project.portfolio;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.zhushan.plan.project.lifecycle.ProjectStage;
import cn.gov.zhushan.plan.project.progress.ProgressReporting;
import cn.gov.zhushan.plan.project.registry.Project;

@RestController
@Validated
@RequestMapping("/api/v1/projects/portfolio")
class PortfolioController {

    private final MongoTemplate mongo;
    private final PortfolioSettings settings;
    private final Clock clock;

    PortfolioController(MongoTemplate mongo, PortfolioSettings settings, Clock clock) {
        this.mongo = mongo;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * A year's portfolio; a year that has not begun answers too (its plan is made before it starts), with
     * nothing completed and no month counted yet.
     */
    @GetMapping("/{year}")
    Portfolio forYear(@PathVariable @Min(2000) @Max(2100) int year) {
        YearMonth current = YearMonth.now(clock.withZone(ProgressReporting.DISTRICT_TIME));
        YearMonth asOf = year > current.getYear() ? null : year < current.getYear() ? YearMonth.of(year, 12) : current;
        return Portfolio.of(year, asOf, planned(year, asOf != null), settings.laggingMarginPercent())
                .withPlan(mongo.findById(year, PortfolioPlan.class));
    }

    /**
     * The projects with a plan for the year, found by the indexed {@code plannedYears} (and, until the start-up
     * fill-in has run, those without the field; {@link Portfolio#of} skips any without a plan), read only with the
     * fields the portfolio adds up. Projects that are cancelled are left in the store.
     */
    private List<Project> planned(int year, boolean withProgress) {
        Query query = new Query(Criteria.where("stage").ne(ProjectStage.CANCELLED).orOperator(
                Criteria.where(Project.PLANNED_YEARS).is(year), Criteria.where(Project.PLANNED_YEARS).exists(false)))
                .with(Sort.by("_id"));
        query.fields().include("name", "category", "stage", "totalPlannedInvestment", "annualPlans." + year);
        if (withProgress) {
            query.fields().include("progress");
        }
        return mongo.find(query, Project.class);
    }

    /** The year's plan as the plan report states it; idempotent by year. */
    @PutMapping("/{year}/plan")
    PortfolioPlan putPlan(@PathVariable @Min(2000) @Max(2100) int year, @Valid @RequestBody PortfolioPlanRequest request) {
        return mongo.save(request.toPlan(year));
    }
}
