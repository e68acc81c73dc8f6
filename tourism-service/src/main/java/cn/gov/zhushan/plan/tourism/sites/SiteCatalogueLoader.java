package cn.gov.zhushan.plan.tourism.sites;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import cn.gov.zhushan.plan.platform.seed.CatalogueSeeder;

/** Registers the district's visitor sites at start-up (missing codes only). */
@Component
class SiteCatalogueLoader implements ApplicationRunner {

    private final CatalogueSeeder seeder;
    private final SiteRepository repository;

    SiteCatalogueLoader(CatalogueSeeder seeder, SiteRepository repository) {
        this.seeder = seeder;
        this.repository = repository;
    }

    @Override
    public void run(ApplicationArguments args) {
        seeder.insertMissing("seed/sites.json", Site.class, repository, Site::code);
    }
}
