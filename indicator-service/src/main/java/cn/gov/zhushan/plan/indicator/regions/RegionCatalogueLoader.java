package cn.gov.zhushan.plan.indicator.regions;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.gov.zhushan.plan.platform.seed.CatalogueSeeder;

/** Jingdezhen and its districts and counties, seeded at start-up (missing codes only). */
@Component
@Order(0) // before the demo data that refers to it
class RegionCatalogueLoader implements ApplicationRunner {

    private final CatalogueSeeder seeder;
    private final RegionRepository repository;

    RegionCatalogueLoader(CatalogueSeeder seeder, RegionRepository repository) {
        this.seeder = seeder;
        this.repository = repository;
    }

    @Override
    public void run(ApplicationArguments args) {
        seeder.insertMissing("seed/regions.json", Region.class, repository, Region::code);
    }
}
