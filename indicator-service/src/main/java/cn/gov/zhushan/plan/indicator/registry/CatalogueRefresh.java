package cn.gov.zhushan.plan.indicator.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import cn.gov.zhushan.plan.indicator.regions.Region;
import cn.gov.zhushan.plan.indicator.regions.RegionRepository;

/**
 * Brings stored indicators and regions up to the seed files. The platform's seeding inserts only missing entries,
 * so a store written before an indicator learnt how it is published (or budget expenditure became NEUTRAL) would
 * keep the old rules for ever. The seed's entry replaces a stored one that differs; equal entries are not written.
 * An indicator its administrators have changed through the API ({@link CatalogueEditing}, recorded in
 * {@code catalogue_changes}) is theirs: the seed never overwrites it, a difference is only logged.
 */
@Component
@Order(1) // after the platform's catalogue seeding, before the demo data
class CatalogueRefresh implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CatalogueRefresh.class);

    private final JsonMapper json;
    private final IndicatorRepository indicators;
    private final RegionRepository regions;
    private final CatalogueChangeRepository changes;

    CatalogueRefresh(JsonMapper json, IndicatorRepository indicators, RegionRepository regions,
                     CatalogueChangeRepository changes) {
        this.json = json;
        this.indicators = indicators;
        this.regions = regions;
        this.changes = changes;
    }

    @Override
    public void run(ApplicationArguments args) {
        int changed = refresh("seed/indicators.json", Indicator[].class, indicators, Indicator::code, changes::existsByCode)
                + refresh("seed/regions.json", Region[].class, regions, Region::code, code -> false);
        if (changed > 0) {
            log.info("Catalogues: {} stored entries brought up to the seed", changed);
        }
    }

    private <T> int refresh(String resource, Class<T[]> type, MongoRepository<T, String> repository,
                            java.util.function.Function<T, String> id,
                            java.util.function.Predicate<String> editedThroughApi) {
        List<T> seed;
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            seed = List.of(json.readValue(in, type));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int changed = 0;
        for (T entry : seed) {
            String code = id.apply(entry);
            if (!repository.findById(code).map(entry::equals).orElse(false)) {
                if (editedThroughApi.test(code)) {
                    log.info("Catalogue: {} differs from the seed but was changed through the API; kept as changed", code);
                    continue;
                }
                repository.save(entry);
                changed++;
            }
        }
        return changed;
    }
}
