package cn.gov.zhushan.plan.livelihood.programs;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.gov.zhushan.plan.platform.seed.CatalogueSeeder;

/** Registers the district's subsidy programs at start-up (missing codes only). */
// catalogues first: the demo-data loaders (@Order 10 and up) build on them
@Component
@Order(0)
class ProgramCatalogueLoader implements ApplicationRunner {

    private final CatalogueSeeder seeder;
    private final SubsidyProgramRepository repository;

    ProgramCatalogueLoader(CatalogueSeeder seeder, SubsidyProgramRepository repository) {
        this.seeder = seeder;
        this.repository = repository;
    }

    @Override
    public void run(ApplicationArguments args) {
        seeder.insertMissing("seed/programs.json", SubsidyProgram.class, repository, SubsidyProgram::code);
    }
}
