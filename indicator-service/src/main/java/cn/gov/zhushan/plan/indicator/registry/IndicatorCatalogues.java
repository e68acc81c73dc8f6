package cn.gov.zhushan.plan.indicator.registry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import cn.gov.zhushan.plan.indicator.regions.Region;
import cn.gov.zhushan.plan.indicator.regions.RegionRepository;

import cn.gov.zhushan.plan.platform.seed.Catalogue;

/** The reference data of the indicator service: the 2024 report's indicators and the city's regions. */
@Configuration(proxyBeanMethods = false)
class IndicatorCatalogues {

    @Bean
    Catalogue<Indicator, String> indicatorCatalogue(IndicatorRepository repository) {
        return new Catalogue<>("seed/indicators.json", Indicator.class, repository, Indicator::code);
    }

    @Bean
    Catalogue<Region, String> regionCatalogue(RegionRepository repository) {
        return new Catalogue<>("seed/regions.json", Region.class, repository, Region::code);
    }
}
