package cn.gov.zhushan.plan.project.registry;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Indexes {@code plannedYears} (the years of a project's {@code annualPlans}, kept in step on every write by
 * {@link PlannedYearsOnWrite}) and at start-up fills it in on projects stored before it existed. A year's
 * portfolio then asks the store for that year's projects instead of reading every project.
 */
@Component
class PlannedYears implements SmartInitializingSingleton {

    static final String INDEX = "projects_by_planned_year";

    private static final Logger log = LoggerFactory.getLogger(PlannedYears.class);

    private final MongoTemplate mongo;

    PlannedYears(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        mongo.indexOps(Project.COLLECTION).createIndex(new Index().on(Project.PLANNED_YEARS, Sort.Direction.ASC).named(INDEX));
        Query missing = new Query(Criteria.where(Project.PLANNED_YEARS).exists(false));
        missing.fields().include("annualPlans", "version");
        int filled = 0;
        try (Stream<Document> old = mongo.stream(missing, Document.class, Project.COLLECTION)) {
            for (Document project : (Iterable<Document>) old::iterator) {
                Map<?, ?> plans = project.get("annualPlans", Map.class);
                List<Integer> years = plans == null ? List.of()
                        : plans.keySet().stream().map(k -> Integer.valueOf(k.toString())).sorted().toList();
                // only if nobody wrote the project meanwhile (a write sets the field itself)
                Criteria unchanged = Criteria.where("_id").is(project.get("_id")).and(Project.PLANNED_YEARS).exists(false)
                        .and("version").is(project.get("version"));
                filled += (int) mongo.updateFirst(new Query(unchanged), Update.update(Project.PLANNED_YEARS, years),
                        Project.COLLECTION).getModifiedCount();
            }
        }
        if (filled > 0) {
            log.info("Filled in plannedYears on {} projects stored before it existed", filled);
        }
    }
}
