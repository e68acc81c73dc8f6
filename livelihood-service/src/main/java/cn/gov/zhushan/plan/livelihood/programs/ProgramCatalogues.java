package cn.gov.zhushan.plan.livelihood.programs;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.gov.zhushan.plan.platform.seed.Catalogue;

/** The district's subsidy programs. */
@Configuration(proxyBeanMethods = false)
class ProgramCatalogues {

    @Bean
    Catalogue<SubsidyProgram, String> programCatalogue(SubsidyProgramRepository repository) {
        return new Catalogue<>("seed/programs.json", SubsidyProgram.class, repository, SubsidyProgram::code);
    }
}
