package cn.gov.zhushan.plan.livelihood.programs;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import cn.gov.zhushan.plan.platform.seed.CatalogueSeeder;

/** Registers the district's subsidy programs at start-up (missing codes only). */
@Component
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
