package cn.gov.zhushan.plan.platform.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

import org.springframework.core.io.ClassPathResource;
import org.springframework.data.mongodb.repository.MongoRepository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads a reference catalogue (indicators, programs, sites...) from a JSON array on the classpath and
 * inserts only the entries whose id is missing, so a department's later edits are never overwritten
 * and a restart changes nothing.
 */
public class CatalogueSeeder {

    private final JsonMapper json;

    public CatalogueSeeder(JsonMapper json) {
        this.json = json;
    }

    /** Returns the number of entries inserted. */
    public <T, ID> int insertMissing(String resource, Class<T> type, MongoRepository<T, ID> repository,
                                     Function<T, ID> id) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            List<T> catalogue = json.readValue(in, json.getTypeFactory().constructCollectionType(List.class, type));
            List<T> missing = catalogue.stream().filter(entry -> !repository.existsById(id.apply(entry))).toList();
            repository.insert(missing);
            return missing.size();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read catalogue " + resource, e);
        }
    }
}
