package cn.gov.zhushan.plan.tourism.holidays;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.gov.zhushan.plan.platform.seed.Catalogue;

/** The State Council's holiday arrangements 2023-2025. */
@Configuration(proxyBeanMethods = false)
class HolidayCatalogues {

    @Bean
    Catalogue<Holiday, String> holidayCatalogue(HolidayRepository repository) {
        return new Catalogue<>("seed/holidays.json", Holiday.class, repository, Holiday::id);
    }
}
