package cn.gov.zhushan.plan.tourism.holidays;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.gov.zhushan.plan.platform.seed.CatalogueSeeder;

/** The State Council's holiday arrangements 2023-2025 (missing entries only). */
// catalogues first: the demo-data loaders (@Order 10 and up) build on them
@Component
@Order(0)
class HolidayCatalogueLoader implements ApplicationRunner {

    private final CatalogueSeeder seeder;
    private final HolidayRepository repository;

    HolidayCatalogueLoader(CatalogueSeeder seeder, HolidayRepository repository) {
        this.seeder = seeder;
        this.repository = repository;
    }

    @Override
    public void run(ApplicationArguments args) {
        seeder.insertMissing("seed/holidays.json", Holiday.class, repository, Holiday::id);
    }
}
