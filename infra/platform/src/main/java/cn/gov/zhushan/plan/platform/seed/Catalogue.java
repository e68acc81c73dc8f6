package cn.gov.zhushan.plan.platform.seed;

import java.util.function.Function;

import org.springframework.data.mongodb.repository.MongoRepository;

/**
 * A reference catalogue a service declares as a bean (indicators, regions, programs, holidays...): a JSON
 * array on the classpath, the repository it goes into and the id of an entry. The platform seeds every
 * declared catalogue at start-up, before any other start-up work, inserting only missing entries.
 */
public record Catalogue<T, ID>(String resource, Class<T> type, MongoRepository<T, ID> repository, Function<T, ID> id) {

    public int seed(CatalogueSeeder seeder) {
        return seeder.insertMissing(resource, type, repository, id);
    }
}
