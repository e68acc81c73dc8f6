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
 * keep the old rules for ever. The catalogues are reference data owned by this code (no API writes them), so the
 * seed's entry replaces a stored one that differs; equal entries are not written.
 */
@Component
@Order(1) // after the platform's catalogue seeding, before the demo data
class CatalogueRefresh implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CatalogueRefresh.class);

    private final JsonMapper json;
    private final IndicatorRepository indicators;
    private final RegionRepository regions;

    CatalogueRefresh(JsonMapper json, IndicatorRepository indicators, RegionRepository regions) {
        this.json = json;
        this.indicators = indicators;
        this.regions = regions;
    }

    @Override
    public void run(ApplicationArguments args) {
        int changed = refresh("seed/indicators.json", Indicator[].class, indicators, Indicator::code)
                + refresh("seed/regions.json", Region[].class, regions, Region::code);
        if (changed > 0) {
            log.info("Catalogues: {} stored entries brought up to the seed", changed);
        }
    }

    private <T> int refresh(String resource, Class<T[]> type, MongoRepository<T, String> repository,
                            java.util.function.Function<T, String> id) {
        List<T> seed;
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            seed = List.of(json.readValue(in, type));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int changed = 0;
        for (T entry : seed) {
            if (!repository.findById(id.apply(entry)).map(entry::equals).orElse(false)) {
                repository.save(entry);
                changed++;
            }
        }
        return changed;
    }
}
