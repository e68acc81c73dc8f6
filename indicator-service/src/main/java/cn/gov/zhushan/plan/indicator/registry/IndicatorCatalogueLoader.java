package cn.gov.zhushan.plan.indicator.registry;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.gov.zhushan.plan.platform.seed.CatalogueSeeder;

/** Registers the indicators of the 2024 report at start-up (missing codes only). */
@Component
@Order(0) // before the demo data that refers to it
class IndicatorCatalogueLoader implements ApplicationRunner {

    private final CatalogueSeeder seeder;
    private final IndicatorRepository repository;

    IndicatorCatalogueLoader(CatalogueSeeder seeder, IndicatorRepository repository) {
        this.seeder = seeder;
        this.repository = repository;
    }

    @Override
    public void run(ApplicationArguments args) {
        seeder.insertMissing("seed/indicators.json", Indicator.class, repository, Indicator::code);
    }
}
